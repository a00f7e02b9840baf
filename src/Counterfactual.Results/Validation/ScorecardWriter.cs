using Counterfactual.Experiments.Validation;

namespace Counterfactual.Results.Validation;

/// <summary>Writes scorecard.csv: one row per calibration target, atomically.</summary>
public static class ScorecardWriter
{
    /// <summary>The file name inside the validation directory.</summary>
    public const string FileName = "scorecard.csv";

    /// <summary>The header, exactly.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["target", "metric", "statistic", "history", "model", "p10", "p90", "mc_low", "mc_high", "band", "pass"];

    /// <summary>Writes <paramref name="rows"/> to <paramref name="directory"/>/scorecard.csv.</summary>
    public static string Write(string directory, IReadOnlyList<ScorecardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var path = Path.Combine(directory, FileName);
        AtomicFile.Write(path, stream =>
        {
            using var csv = new CsvRowWriter(stream);
            csv.Header(Columns);
            foreach (var r in rows)
            {
                foreach (var field in (string[])[r.Target, r.Metric, r.Statistic, r.History, r.Value, r.P10, r.P90, r.McLow, r.McHigh, r.Band, r.Pass ? "true" : "false"])
                {
                    csv.Text(field);
                }

                csv.EndRecord();
            }
        });
        return path;
    }
}
