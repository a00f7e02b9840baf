namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual compare</c>.</summary>
public sealed class CompareJobOptions
{
    /// <summary>The first result set (the reference; differences are B - A).</summary>
    public string A { get; set; } = "";

    /// <summary>The second result set.</summary>
    public string B { get; set; } = "";

    /// <summary>Where compare.csv goes; default B/compare-vs-&lt;name of A&gt;.</summary>
    public string? Out { get; set; }

    /// <summary>The false discovery rate (Benjamini-Hochberg) of the verdicts, in (0, 1).</summary>
    public double Alpha { get; set; } = 0.05;
}
