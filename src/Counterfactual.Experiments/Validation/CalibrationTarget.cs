namespace Counterfactual.Experiments.Validation;

/// <summary>How a calibration target summarises a metric over the baseline's replications.</summary>
public enum TargetStatistic
{
    /// <summary>P(a month metric happened), or happened by the month in the argument (inclusive).</summary>
    ProbabilityHappened,

    /// <summary>Median of a month metric; "never" counts as later than any month.</summary>
    MedianMonth,

    /// <summary>Median of a numeric metric.</summary>
    Median,

    /// <summary>P(a categorical metric is in the state named by the argument).</summary>
    ProbabilityState,

    /// <summary>Quantile of a numeric metric at the share given by the argument (e.g. 0.9), from the binned distribution.</summary>
    Quantile,

    /// <summary>Median (p50) of a trajectory variable in the month given by the argument (YYYY-MM).</summary>
    TrajectoryMedian,
}

/// <summary>
/// One row of scenarios/history/events.csv: a historical fact the baseline must contain. Bounds are
/// numbers for probabilities and medians, month indices for month medians; null means unbounded.
/// </summary>
public sealed record CalibrationTarget(
    string Target,
    string Metric,
    TargetStatistic Statistic,
    string Argument,
    string History,
    double? Low,
    double? High,
    string LowText,
    string HighText,
    string Source);
