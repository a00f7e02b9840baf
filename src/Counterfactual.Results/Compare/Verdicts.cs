namespace Counterfactual.Results.Compare;

/// <summary>The verdicts of <c>compare.csv</c> and the names of its tests.</summary>
public static class Verdicts
{
    /// <summary>The adjusted p-value is at most alpha: the difference exceeds Monte Carlo noise.</summary>
    public const string Differs = "differs";

    /// <summary>The adjusted p-value exceeds alpha.</summary>
    public const string Same = "same within noise";

    /// <summary>No test was possible (missing on one side, or fewer than two values).</summary>
    public const string NotTested = "not tested";

    /// <summary>Test name for categorical states.</summary>
    public const string TwoProportion = "two_proportion_z";

    /// <summary>Test name for month distributions.</summary>
    public const string KolmogorovSmirnov = "kolmogorov_smirnov";

    /// <summary>Test name for numeric means.</summary>
    public const string Welch = "welch_t";

    /// <summary>Test name when no test was possible.</summary>
    public const string None = "none";
}
