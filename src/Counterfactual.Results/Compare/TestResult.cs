namespace Counterfactual.Results.Compare;

/// <summary>A test statistic and its two-sided p-value.</summary>
/// <param name="Statistic">The statistic (z, t or the Kolmogorov-Smirnov D); may be infinite when both samples are constant and differ.</param>
/// <param name="PValue">Two-sided p-value in [0, 1].</param>
public readonly record struct TestResult(double Statistic, double PValue);
