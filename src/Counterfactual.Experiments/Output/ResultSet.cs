namespace Counterfactual.Experiments.Output;

/// <summary>Everything a run produces except raw per-replication rows, which are streamed separately.</summary>
public sealed record ResultSet(
    RunManifest Manifest,
    IReadOnlyList<string> LeverNames,
    IReadOnlyList<ScenarioRow> Scenarios,
    IReadOnlyList<EndStateRow> EndStates,
    IReadOnlyList<SummaryRow> Summary,
    IReadOnlyList<DistributionRow> Distributions,
    IReadOnlyList<TrajectoryRow> Trajectories,
    IReadOnlyList<ClaimRow> Claims);
