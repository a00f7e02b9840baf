namespace Counterfactual.Results.Compare;

/// <summary>The outcome of comparing two result sets (see <see cref="ResultComparer"/>).</summary>
/// <param name="Rows">Every row of <c>compare.csv</c> in scenario, metric, state order.</param>
/// <param name="Alpha">The false discovery rate the verdicts control.</param>
/// <param name="Scenarios">Scenarios compared.</param>
/// <param name="Claims">Claims present in both sets, in A's order.</param>
/// <param name="UnmatchedClaims">Claim ids present in only one of the sets.</param>
public sealed record Comparison(
    IReadOnlyList<CompareRow> Rows,
    double Alpha,
    int Scenarios,
    IReadOnlyList<ClaimChange> Claims,
    IReadOnlyList<string> UnmatchedClaims)
{
    /// <summary>Rows with a test.</summary>
    public int Tested => Rows.Count(r => r.Verdict != Verdicts.NotTested);

    /// <summary>Rows whose verdict is <see cref="Verdicts.Differs"/>.</summary>
    public int Differing => Rows.Count(r => r.Verdict == Verdicts.Differs);
}
