namespace Counterfactual.Results.Compare;

/// <summary>
/// One row of <c>compare.csv</c>: one scenario x metric (x state) of two result sets A and B.
/// NaN fields are written blank.
/// </summary>
/// <param name="ScenarioId">The scenario (the same lever values in A and B).</param>
/// <param name="Metric">The metric's CSV name.</param>
/// <param name="StateOrStat">The state (categorical metrics), <c>median_month</c> (month metrics) or <c>mean</c> (numeric metrics).</param>
/// <param name="ValueA">A's value: a probability, a median month as a decimal year (1945.25 is 1945-04; blank when the median is never), or a mean.</param>
/// <param name="ValueB">B's value, as <paramref name="ValueA"/>.</param>
/// <param name="Difference">ValueB - ValueA.</param>
/// <param name="Test">two_proportion_z, kolmogorov_smirnov, welch_t, or none (not testable: missing on a side, or fewer than two values).</param>
/// <param name="Statistic">z, the Kolmogorov-Smirnov D, or Welch's t.</param>
/// <param name="PValue">Two-sided p-value of the test.</param>
/// <param name="PAdjusted">Benjamini-Hochberg adjusted p-value over every tested row of the comparison.</param>
/// <param name="Verdict"><see cref="Verdicts.Differs"/>, <see cref="Verdicts.Same"/> or <see cref="Verdicts.NotTested"/>.</param>
public sealed record CompareRow(
    string ScenarioId,
    string Metric,
    string StateOrStat,
    double ValueA,
    double ValueB,
    double Difference,
    string Test,
    double Statistic,
    double PValue,
    double PAdjusted,
    string Verdict);
