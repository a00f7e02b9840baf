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
    IReadOnlyList<ClaimRow> Claims)
{
    /// <summary>The history-conditioning summary, or null when the batch has no conditioning block.</summary>
    public ConditioningRow? Conditioning { get; init; }

    /// <summary>Sobol indices per claim and uncertain parameter, or null when the batch asks for no sensitivity analysis.</summary>
    public IReadOnlyList<SensitivityRow>? Sensitivity { get; init; }

    /// <summary>PRIM boxes per claim, or null when the batch asks for no scenario discovery.</summary>
    public IReadOnlyList<DiscoveryRow>? Discovery { get; init; }

    /// <summary>One sentence per PRIM box (with <see cref="Discovery"/>).</summary>
    public IReadOnlyList<DiscoveryBox>? DiscoveryBoxes { get; init; }
}
