namespace Counterfactual.Results;

/// <summary>The columns of the claim-analysis files (conditioning.csv, sensitivity.csv, discovery.csv), for the writer and the codebook.</summary>
internal static class AnalysisColumns
{
    internal static readonly IReadOnlyList<ColumnSpec> Conditioning =
    [
        new("factual_scenario", "string", "", "The factual scenario whose run each world must match (pact on, historical levers in the essay batch)."),
        new("evidence", "string", "", "The evidence items joined by '; ' (e.g. moscow_fall_month never; singapore_fall_month by 1942-03)."),
        new("worlds", "integer", "replications", "Worlds run."),
        new("accepted", "integer", "replications", "Worlds whose factual run matched all the evidence; the claims.csv rows with conditioning = history use only these."),
        new("acceptance_rate", "number", "probability", "accepted / worlds."),
        new("ci_low", "number", "probability", "Wilson 95% lower bound of acceptance_rate."),
        new("ci_high", "number", "probability", "Wilson 95% upper bound of acceptance_rate."),
    ];

    internal static readonly IReadOnlyList<ColumnSpec> Sensitivity =
    [
        new("claim_id", "string", "", "Claim identifier from the batch file."),
        new("parameter", "string", "", "An uncertain model parameter (its prior is not fixed); or, with noiseReplicates > 1, '(model noise)': the share of one world's variance that is the model's own noise (first_order = total = that share, no interval). With noiseReplicates > 1 the parameter indices are shares of the variance left after the noise is subtracted, and are empty when that is estimated at or below 0."),
        new("first_order", "number", "share of variance", "Sobol first-order index (Saltelli 2010) of the claim's per-world paired difference (mean over its pairs of B - A) to the parameter. Raw estimate, not clamped: sampling error can put it below 0 (or a total above 1); read it with its interval. The variance includes the model's monthly noise, which is not a parameter, so indices need not sum to 1. Rows are sorted by total within each claim."),
        new("first_order_ci_low", "number", "share of variance", "Percentile bootstrap 95% lower bound of first_order."),
        new("first_order_ci_high", "number", "share of variance", "Percentile bootstrap 95% upper bound of first_order."),
        new("total", "number", "share of variance", "Sobol total index (Jansen estimator): the parameter's share of variance including all its interactions."),
        new("total_ci_low", "number", "share of variance", "Percentile bootstrap 95% lower bound of total."),
        new("total_ci_high", "number", "share of variance", "Percentile bootstrap 95% upper bound of total."),
        new("n", "integer", "base samples", "Base samples N used (rows where the difference was defined in A, B and every AB_i)."),
    ];

    internal static readonly IReadOnlyList<ColumnSpec> Discovery =
    [
        new("claim_id", "string", "", "Claim identifier from the batch file."),
        new("box", "integer", "", "PRIM box number (1 first; later boxes exclude the points of earlier ones)."),
        new("dimension", "string", "", "A parameter or lever the box restricts (unrestricted dimensions are not listed). Boxes are simplified to at most the batch's discovery maxDimensions (default 3) restrictions that each exclude at least 10% of their dimension's mass, and reported only when density is at least minLift (default 1.5) times base_rate with its Wilson 95% lower bound above base_rate."),
        new("low", "number", "unit of the dimension", "Lower bound (inclusive); empty when the box does not restrict this side."),
        new("high", "number", "unit of the dimension", "Upper bound (inclusive); empty when the box does not restrict this side."),
        new("coverage", "number", "share", "Share of all the claim's failing points that fall in the box."),
        new("density", "number", "share", "Share of the box's points where the claim fails."),
        new("support", "number", "share", "Share of all points (world x pair) in the box."),
        new("base_rate", "number", "share", "Share of all points where the claim fails, to compare with density. A point fails when its paired difference B - A goes against the claim: for superiority, short of the margin in the expected direction (the wrong sign when the margin is 0); for equivalence, the paired runs end in different states (probability) or differ by the margin or more; for difference, they differ by less than the margin (not at all when it is 0)."),
    ];

    /// <summary>The extra column of claims.csv.</summary>
    internal static readonly ColumnSpec ClaimConditioning =
        new("conditioning", "string", "", "none: over every world; history: only worlds whose factual run matched the batch's conditioning evidence (see conditioning.csv).");
}
