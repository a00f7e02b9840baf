namespace Counterfactual.Experiments.Output;

// The rows of a result set, one record per CSV row (ARCHITECTURE.md, Results). Experiments builds them;
// Counterfactual.Results renders them. Column order = parameter order. Month-valued fields are
// "YYYY-MM" or "never"; NaN means "undefined" and is written as an empty field.

/// <summary>One scenario: its id (s01, s02, ...), lever values in batch order, replications run.</summary>
public sealed record ScenarioRow(string ScenarioId, IReadOnlyList<LeverValue> Levers, long Replications);

/// <summary>A lever's name and its value in a scenario, already formatted invariantly (true/false, 16, 1941-10:8;1942-06:16).</summary>
public sealed record LeverValue(string Name, string Value);

/// <summary>scenario x categorical metric x state; Wilson 95% interval. Every state of the metric appears, even with count 0.</summary>
public sealed record EndStateRow(string ScenarioId, string Metric, string State, long Count, double Probability, double CiLow, double CiHigh);

/// <summary>scenario x numeric metric: moments and quantiles over replications where the metric is defined.</summary>
public sealed record SummaryRow(string ScenarioId, string Metric, long N, double Mean, double Sd, double P05, double P25, double P50, double P75, double P95);

/// <summary>scenario x metric x bin: month metrics by month (and "never"), numeric metrics by fixed-width bin (lower edge). Empty bins omitted.</summary>
public sealed record DistributionRow(string ScenarioId, string Metric, string Bin, long Count, double Probability);

/// <summary>scenario x month x state variable.</summary>
public sealed record TrajectoryRow(string ScenarioId, string Month, string Variable, double Mean, double P10, double P50, double P90);

/// <summary>
/// One claim's verdict (see ARCHITECTURE.md, Claims). Difference = estimate_b - estimate_a for means and
/// probabilities; for medians, the median of the per-world paired differences. <paramref name="Conditioning"/>:
/// "none" (every world) or "history" (only worlds whose factual run matched the batch's conditioning evidence).
/// </summary>
public sealed record ClaimRow(
    string ClaimId,
    string Statement,
    string Metric,
    string ScenarioA,
    string ScenarioB,
    double EstimateA,
    double EstimateB,
    double Difference,
    double CiLow,
    double CiHigh,
    double Margin,
    string Test,
    double PValue,
    string Verdict,
    long ReplicationsNeeded,
    string Conditioning = "none");
