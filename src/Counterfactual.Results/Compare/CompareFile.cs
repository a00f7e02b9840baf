namespace Counterfactual.Results.Compare;

/// <summary>Writes <c>compare.csv</c> atomically, in the result set's CSV conventions (invariant numbers, "\n", blank for NaN).</summary>
public static class CompareFile
{
    /// <summary>The file name.</summary>
    public const string FileName = "compare.csv";

    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["scenario_id", "metric", "state_or_stat", "value_a", "value_b", "difference", "test", "statistic", "p_value", "p_adjusted", "verdict"];

    /// <summary>Writes <c>compare.csv</c> into <paramref name="directory"/> (created if missing); returns its path.</summary>
    public static string Write(Comparison comparison, string directory)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        AtomicFile.Write(path, stream =>
        {
            using var csv = new CsvRowWriter(stream);
            csv.Header(Columns);
            foreach (var row in comparison.Rows)
            {
                csv.Text(row.ScenarioId);
                csv.Text(row.Metric);
                csv.Text(row.StateOrStat);
                csv.Number(row.ValueA);
                csv.Number(row.ValueB);
                csv.Number(row.Difference);
                csv.Text(row.Test);
                csv.Number(row.Statistic);
                csv.Number(row.PValue);
                csv.Number(row.PAdjusted);
                csv.Text(row.Verdict);
                csv.EndRecord();
            }
        });
        return path;
    }
}
