namespace Counterfactual.Results.Compare;

/// <summary>A claim present in both result sets, with its verdict in each.</summary>
public sealed record ClaimChange(string ClaimId, string VerdictA, string VerdictB)
{
    /// <summary>True when the verdicts differ.</summary>
    public bool Flipped => !string.Equals(VerdictA, VerdictB, StringComparison.Ordinal);
}
