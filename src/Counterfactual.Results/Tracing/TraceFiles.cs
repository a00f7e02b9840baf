using Counterfactual.Experiments.Tracing;
using Counterfactual.Model.Time;

namespace Counterfactual.Results.Tracing;

/// <summary>
/// Writes a traced world as two tidy CSVs, each atomically (temporary name, then rename):
/// the events (<c>month,theatre,kind,text</c>; month as YYYY-MM, in the order the model reported them)
/// and the outcomes (<c>column,value</c>; one row per column of <c>replications.csv</c> after
/// scenario_id and replication, with the same text).
/// </summary>
public static class TraceFiles
{
    /// <summary>The header of the events file.</summary>
    public static IReadOnlyList<string> EventColumns { get; } = ["month", "theatre", "kind", "text"];

    /// <summary>The header of the outcomes file.</summary>
    public static IReadOnlyList<string> OutcomeColumns { get; } = ["column", "value"];

    /// <summary>The outcomes file that goes with an events file: <c>X.csv</c> -> <c>X-outcomes.csv</c>.</summary>
    public static string OutcomesPathFor(string eventsPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventsPath);
        var stem = eventsPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? eventsPath[..^4] : eventsPath;
        return stem + "-outcomes.csv";
    }

    /// <summary>The default file name of a trace: <c>s07-r12.csv</c>.</summary>
    public static string DefaultFileName(string scenarioId, long replication) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{scenarioId}-r{replication}.csv");

    /// <summary>Writes both files (creating the directory); returns (events path, outcomes path).</summary>
    public static (string Events, string Outcomes) Write(WorldTrace trace, string eventsPath)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var outcomesPath = OutcomesPathFor(eventsPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(eventsPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        AtomicFile.Write(eventsPath, stream =>
        {
            using var csv = new CsvRowWriter(stream);
            csv.Header(EventColumns);
            foreach (var e in trace.Events)
            {
                csv.Text(Calendar.Format(e.Month));
                csv.Text(e.Theatre);
                csv.Text(e.Kind);
                csv.Text(e.Text);
                csv.EndRecord();
            }
        });

        AtomicFile.Write(outcomesPath, stream =>
        {
            using var csv = new CsvRowWriter(stream);
            csv.Header(OutcomeColumns);
            foreach (var (column, value) in OutcomeFields.Of(trace.Outcome, trace.Batch.Catalog.Definitions, trace.Parameters))
            {
                csv.Text(column);
                csv.Text(value);
                csv.EndRecord();
            }
        });

        return (eventsPath, outcomesPath);
    }
}
