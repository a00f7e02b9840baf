using System.Globalization;
using Counterfactual.Experiments.Validation;
using Counterfactual.Model.Metrics;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Results.Validation;

/// <summary>
/// Reads scenarios/history/events.csv: the calibration targets, one per row, with columns
/// target, metric, statistic, argument, history, low, high, source. Every problem is an
/// <see cref="InvalidDataException"/> naming the file, line and column.
/// </summary>
public static class EventsFile
{
    /// <summary>The header, exactly.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["target", "metric", "statistic", "argument", "history", "low", "high", "source"];

    /// <summary>Reads and checks every target of <paramref name="path"/>.</summary>
    public static IReadOnlyList<CalibrationTarget> Read(string path)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full);
        using var table = CsvTableReader.Open(Path.GetDirectoryName(full)!, name, Columns);
        var targets = new List<CalibrationTarget>();
        var line = 1;
        while (table.Read())
        {
            line++;
            targets.Add(Parse(name, line, table));
        }

        return targets.Count > 0 ? targets : throw new InvalidDataException($"{name}: no targets.");
    }

    private static CalibrationTarget Parse(string file, int line, CsvTableReader t)
    {
        string Where(string column) => $"{file}:{line}: {column}";
        var metric = t.Text(1);
        var descriptor = MetricCatalog.Find(metric) ?? MetricCatalog.Trajectories.FirstOrDefault(m => m.Name == metric) ?? throw new InvalidDataException($"{Where("metric")}: unknown metric '{metric}'.");
        var statistic = t.Text(2) switch
        {
            "p_happened" => TargetStatistic.ProbabilityHappened,
            "median_month" => TargetStatistic.MedianMonth,
            "median" => TargetStatistic.Median,
            "p_state" => TargetStatistic.ProbabilityState,
            "quantile" => TargetStatistic.Quantile,
            "trajectory_median" => TargetStatistic.TrajectoryMedian,
            var other => throw new InvalidDataException($"{Where("statistic")}: unknown statistic '{other}' (p_happened, median_month, median, p_state, quantile, trajectory_median)."),
        };
        var expected = statistic switch
        {
            TargetStatistic.ProbabilityHappened or TargetStatistic.MedianMonth => MetricKind.Month,
            TargetStatistic.Median or TargetStatistic.Quantile => MetricKind.Numeric,
            TargetStatistic.TrajectoryMedian => MetricKind.Trajectory,
            _ => MetricKind.Categorical,
        };
        if (descriptor.Kind != expected)
        {
            throw new InvalidDataException($"{Where("statistic")}: {t.Text(2)} needs a {expected.ToString().ToLowerInvariant()} metric; {metric} is {descriptor.Kind.ToString().ToLowerInvariant()}.");
        }

        var argument = t.Text(3);
        if (statistic == TargetStatistic.ProbabilityState && !descriptor.States.Contains(argument))
        {
            throw new InvalidDataException($"{Where("argument")}: {metric} has no state '{argument}'.");
        }

        if (statistic == TargetStatistic.ProbabilityHappened && argument.Length > 0 && !Calendar.TryParse(argument, out _))
        {
            throw new InvalidDataException($"{Where("argument")}: '{argument}' is not a YYYY-MM month.");
        }

        if (statistic == TargetStatistic.Quantile && !(double.TryParse(argument, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share > 0 && share < 1))
        {
            throw new InvalidDataException($"{Where("argument")}: '{argument}' is not a quantile share between 0 and 1.");
        }

        if (statistic == TargetStatistic.TrajectoryMedian && !Calendar.TryParse(argument, out _))
        {
            throw new InvalidDataException($"{Where("argument")}: '{argument}' is not a YYYY-MM month.");
        }

        var months = statistic == TargetStatistic.MedianMonth;
        return new CalibrationTarget(t.Text(0), metric, statistic, argument, t.Text(4), Bound(t.Text(5), months, Where("low")), Bound(t.Text(6), months, Where("high")), t.Text(5), t.Text(6), t.Text(7));
    }

    private static double? Bound(string text, bool month, string where)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (month)
        {
            return Calendar.TryParse(text, out var m) ? m : throw new InvalidDataException($"{where}: '{text}' is not a YYYY-MM month.");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            ? x
            : throw new InvalidDataException($"{where}: '{text}' is not a number.");
    }
}
