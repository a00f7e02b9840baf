namespace Counterfactual.Experiments.Batches;

/// <summary>Adaptive replication: grow the run until every claim is conclusive or the cap is reached.</summary>
/// <param name="MaxReplications">The cap on worlds; at least the batch's replications.</param>
/// <remarks>
/// Conclusiveness is checked only at checkpoints K = R, 2R, 4R, ... (capped): the results are those of the first
/// K worlds, so they do not depend on the thread count.
/// </remarks>
public sealed record AdaptiveOptions(long MaxReplications);

/// <summary>Variance-based sensitivity of each claim's per-world paired difference to the uncertain parameters.</summary>
/// <param name="Samples">Base samples N (rows of each of the matrices A and B); N (k + 2) paired worlds are run.</param>
/// <param name="Bootstrap">Bootstrap resamples for the intervals.</param>
/// <param name="NoiseReplicates">
/// Runs per matrix row with independent noise, averaged, with the noise variance subtracted; 1 (the default) keeps
/// the common-noise design in which the model's noise counts as one more input.
/// </param>
public sealed record SensitivityOptions(int Samples, int Bootstrap, int NoiseReplicates = 1);

/// <summary>Scenario discovery with PRIM over the first worlds of the run.</summary>
/// <param name="Worlds">Worlds (from replication 0) the boxes are searched over.</param>
/// <param name="PeelAlpha">Share of the box's points removed by each peel.</param>
/// <param name="MinSupport">Smallest share of all points a box may hold.</param>
/// <param name="MaxBoxes">Most boxes per claim (covering: each next box searched outside the earlier ones).</param>
/// <param name="MaxDimensions">Most parameters or levers one box may restrict (boxes are simplified down to this).</param>
/// <param name="MinLift">A box is reported only if its failure share is at least this many times the claim's overall failure share (and significantly above it).</param>
public sealed record DiscoveryOptions(int Worlds, double PeelAlpha, double MinSupport, int MaxBoxes, int MaxDimensions = 3, double MinLift = 1.5);
