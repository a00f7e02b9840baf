namespace Counterfactual.Results;

/// <summary>
/// The fixed columns of every file, in order (ARCHITECTURE.md, Results), with their codebook entries. The
/// writers, the readers and the codebook all take their headers from here, so they cannot drift apart.
/// </summary>
internal static class ResultColumns
{
    private const string SameAsMetric = "unit of the metric";

    internal static readonly ColumnSpec ScenarioId =
        new("scenario_id", "string", "", "Scenario identifier (s01, s02, ...), in batch order; see scenarios.csv for its lever values.");

    internal static readonly ColumnSpec Metric =
        new("metric", "string", "", "Metric name; each is explained in codebook rows with file = metrics.");

    internal static readonly ColumnSpec ScenarioReplications =
        new("replications", "integer", "replications", "Replications run for this scenario.");

    internal static readonly IReadOnlyList<ColumnSpec> EndStates =
    [
        ScenarioId,
        Metric,
        new("state", "state", "", "One state of the categorical metric; every state is listed, even with count 0."),
        new("count", "integer", "replications", "Replications that ended in this state."),
        new("probability", "number", "share 0-1", "count / replications of the scenario."),
        new("ci_low", "number", "share 0-1", "Lower bound of the Wilson 95% interval of probability."),
        new("ci_high", "number", "share 0-1", "Upper bound of the Wilson 95% interval of probability."),
    ];

    internal static readonly IReadOnlyList<ColumnSpec> Summary =
    [
        ScenarioId,
        Metric,
        new("n", "integer", "replications", "Replications where the metric is defined (blank values excluded)."),
        new("mean", "number", SameAsMetric, "Mean over those replications."),
        new("sd", "number", SameAsMetric, "Sample standard deviation over those replications."),
        new("p05", "number", SameAsMetric, "5th percentile."),
        new("p25", "number", SameAsMetric, "25th percentile."),
        new("p50", "number", SameAsMetric, "Median."),
        new("p75", "number", SameAsMetric, "75th percentile."),
        new("p95", "number", SameAsMetric, "95th percentile."),
    ];

    internal static readonly IReadOnlyList<ColumnSpec> Distributions =
    [
        ScenarioId,
        Metric,
        new("bin", "string", "", "For month metrics the month YYYY-MM or never (did not happen by the horizon); for numeric metrics the lower edge of a fixed-width bin; for categorical metrics the state. Empty bins are omitted."),
        new("count", "integer", "replications", "Replications whose value fell in the bin."),
        new("probability", "number", "share 0-1", "count / replications of the scenario."),
    ];

    internal static readonly IReadOnlyList<ColumnSpec> Trajectories =
    [
        ScenarioId,
        new("month", "month", "YYYY-MM", "Calendar month of the model's monthly step (from 1941-06 to the horizon)."),
        new("variable", "string", "", "Trajectory variable; each is explained in codebook rows with file = variables."),
        new("mean", "number", "unit of the variable", "Mean over replications."),
        new("p10", "number", "unit of the variable", "10th percentile over replications."),
        new("p50", "number", "unit of the variable", "Median over replications."),
        new("p90", "number", "unit of the variable", "90th percentile over replications."),
    ];

    internal static readonly IReadOnlyList<ColumnSpec> Claims =
    [
        new("claim_id", "string", "", "Claim identifier from the batch file."),
        new("statement", "string", "", "The claim in words."),
        new("metric", "string", "", "The metric or state the claim is about (see file = metrics)."),
        new("scenario_a", "string", "", "Scenario selection A (the reference side)."),
        new("scenario_b", "string", "", "Scenario selection B (the compared side)."),
        new("estimate_a", "number", SameAsMetric, "Estimate of the metric under A."),
        new("estimate_b", "number", SameAsMetric, "Estimate of the metric under B."),
        new("difference", "number", SameAsMetric, "estimate_b - estimate_a, estimated from paired replications (common random numbers); for median claims, the median of the per-world paired differences (B - A, months), which need not equal estimate_b - estimate_a."),
        new("ci_low", "number", SameAsMetric, "Lower bound of the confidence interval of difference."),
        new("ci_high", "number", SameAsMetric, "Upper bound of the confidence interval of difference."),
        new("margin", "number", SameAsMetric, "Equivalence or superiority margin; blank when the test has none."),
        new("test", "string", "", "equivalence (TOST with the margin), superiority (one-sided) or difference (two-sided)."),
        new("p_value", "number", "probability", "p-value of the test."),
        new("verdict", "string", "", "HOLDS, FAILS or INCONCLUSIVE."),
        new("replications_needed", "integer", "replications", "Estimated replications per scenario that would make an INCONCLUSIVE verdict conclusive (0 when already conclusive)."),
    ];

    /// <summary>claims.csv as written: the columns of ARCHITECTURE.md, then conditioning.</summary>
    internal static readonly IReadOnlyList<ColumnSpec> ClaimsWithConditioning = [.. Claims, AnalysisColumns.ClaimConditioning];

    internal static readonly IReadOnlyList<ColumnSpec> Codebook =
    [
        new("file", "string", "", "The file the column belongs to, or metrics / variables for the names used in the metric and variable columns."),
        new("column", "string", "", "Column name (or metric, variable or manifest key name)."),
        new("type", "string", "", "Value type: string, integer, number, bool, state, month (YYYY-MM), month_or_never, timestamp, or a metric kind."),
        new("unit", "string", "", "Unit of the values; blank when none applies."),
        new("meaning", "string", "", "What the values mean."),
    ];

    internal static readonly ColumnSpec Replication =
        new("replication", "integer", "", "Replication index r (0-based). Replication r of every scenario shares the same random streams and sampled parameters (common random numbers).");

    /// <summary>Header names of a column list.</summary>
    internal static string[] Names(IReadOnlyList<ColumnSpec> columns)
    {
        var names = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            names[i] = columns[i].Name;
        }

        return names;
    }
}
