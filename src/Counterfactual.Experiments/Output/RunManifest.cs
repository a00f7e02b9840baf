namespace Counterfactual.Experiments.Output;

/// <summary>
/// What was run, by which version, and whether it finished. Wall-clock fields live only here, never in
/// the CSVs, so the CSVs are byte-identical across re-runs, thread counts and shard splits.
/// </summary>
public sealed record RunManifest(
    string Tool,
    string ToolVersion,
    string ModelVersion,
    string BatchName,
    string BatchFile,
    string BatchSha256,
    ulong Seed,
    long Replications,
    long ReplicationsCompleted,
    int Scenarios,
    string Horizon,
    string? Shard,
    bool Complete,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    string? GitCommit,
    int Threads);
