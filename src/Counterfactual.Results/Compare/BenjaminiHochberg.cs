namespace Counterfactual.Results.Compare;

/// <summary>
/// Benjamini-Hochberg adjusted p-values (R's <c>p.adjust(p, "BH")</c>): for the i-th smallest of m p-values,
/// min over j &gt;= i of p_(j) m / j, capped at 1. Rejecting where the adjusted value is at most alpha controls
/// the false discovery rate at alpha for independent or positively dependent tests; when nothing truly differs
/// it also bounds the chance of any rejection by alpha.
/// </summary>
public static class BenjaminiHochberg
{
    /// <summary>The adjusted p-values, in the input order. NaN inputs stay NaN and do not count towards m.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var adjusted = new double[pValues.Count];
        Array.Fill(adjusted, double.NaN);
        var order = Enumerable.Range(0, pValues.Count)
            .Where(i => !double.IsNaN(pValues[i]))
            .OrderBy(i => pValues[i])
            .ThenBy(i => i)
            .ToArray();
        var m = order.Length;
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, pValues[i] * m / rank);
            adjusted[i] = Math.Min(1, running);
        }

        return adjusted;
    }
}
