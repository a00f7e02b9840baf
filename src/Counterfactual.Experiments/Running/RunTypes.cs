using Counterfactual.Experiments.Output;

namespace Counterfactual.Experiments.Running;

/// <summary>Progress after a block of worlds.</summary>
/// <param name="WorldsDone">Worlds (replications) finished so far; each world runs every scenario.</param>
/// <param name="WorldsTotal">Worlds asked for.</param>
/// <param name="Scenarios">Scenarios per world.</param>
public sealed record RunProgress(long WorldsDone, long WorldsTotal, int Scenarios);

/// <summary>What the manifest records beyond the batch: supplied by the host.</summary>
public sealed record ManifestInfo(string ToolVersion, string BatchFile, string BatchSha256, string? GitCommit, string? Shard);

/// <summary>How to run a batch.</summary>
/// <param name="Threads">Worker threads (at least 1); results do not depend on it.</param>
/// <param name="Manifest">Manifest fields from the host.</param>
/// <param name="Clock">Source of the manifest's start and finish times (never used for results).</param>
/// <param name="Raw">Receives per-replication rows, or null.</param>
/// <param name="Progress">Receives progress after each block, from any worker thread.</param>
public sealed record RunOptions(int Threads, ManifestInfo Manifest, TimeProvider Clock, IRawSink? Raw = null, IProgress<RunProgress>? Progress = null);

/// <summary>The result of a run.</summary>
/// <param name="Results">Aggregates over the worlds completed.</param>
/// <param name="Complete">False when cancelled: the results then cover the first <c>Manifest.ReplicationsCompleted</c> worlds exactly.</param>
public sealed record RunOutcome(ResultSet Results, bool Complete);
