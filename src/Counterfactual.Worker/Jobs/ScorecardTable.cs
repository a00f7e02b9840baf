using Counterfactual.Experiments.Validation;

namespace Counterfactual.Worker.Jobs;

/// <summary>The scorecard as a fixed-width text table for the console.</summary>
internal static class ScorecardTable
{
    public static IEnumerable<string> Render(IReadOnlyList<ScorecardRow> rows)
    {
        string[] header = ["target", "history", "model", "p10", "p90", "MC 95%", "band", "pass"];
        var cells = rows.Select(r => new[] { r.Target, r.History, r.Value, r.P10, r.P90, r.McLow.Length == 0 ? string.Empty : $"{r.McLow}..{r.McHigh}", r.Band, r.Pass ? "yes" : "NO" }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        yield return Line(header, widths);
        yield return string.Join("  ", widths.Select(w => new string('-', w)));
        foreach (var c in cells)
        {
            yield return Line(c, widths);
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
