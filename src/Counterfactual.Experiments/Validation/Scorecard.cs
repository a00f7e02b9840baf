using System.Globalization;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Statistics;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Experiments.Validation;

/// <summary>
/// Scores one scenario of a result set against calibration targets. Pure: works on the result rows,
/// so it scores a fresh run or a result set read back from disk alike.
/// </summary>
public static class Scorecard
{
    private static readonly double Z95 = Wilson.Z95;

    /// <summary>One row per target, in the targets' order.</summary>
    public static IReadOnlyList<ScorecardRow> Evaluate(ResultSet results, string scenarioId, IReadOnlyList<CalibrationTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(targets);
        var scenario = results.Scenarios.FirstOrDefault(s => s.ScenarioId == scenarioId)
            ?? throw new ArgumentException($"No scenario {scenarioId} in the result set.", nameof(scenarioId));
        var n = scenario.Replications;
        return [.. targets.Select(t => Score(results, scenarioId, n, t))];
    }

    private static ScorecardRow Score(ResultSet results, string scenarioId, long n, CalibrationTarget t) => t.Statistic switch
    {
        TargetStatistic.ProbabilityHappened => Probability(t, MonthCounts(results, scenarioId, t.Metric).HappenedBy(t.Argument), n),
        TargetStatistic.ProbabilityState => Probability(t, StateCount(results, scenarioId, t), n),
        TargetStatistic.MedianMonth => MonthMedian(t, MonthCounts(results, scenarioId, t.Metric), n),
        TargetStatistic.Median => NumericMedian(t, results, scenarioId),
        TargetStatistic.Quantile => NumericQuantile(t, results, scenarioId),
        TargetStatistic.TrajectoryMedian => TrajectoryMedian(t, results, scenarioId),
        _ => throw new ArgumentOutOfRangeException(nameof(t), t.Statistic, "Unknown statistic."),
    };

    private static ScorecardRow Probability(CalibrationTarget t, long count, long n)
    {
        var p = n == 0 ? double.NaN : (double)count / n;
        var (low, high) = Wilson.Interval95(count, n);
        return Row(t, F(p), string.Empty, string.Empty, F(low), F(high), InBand(t, p), Overlaps(t, low, high));
    }

    private static ScorecardRow MonthMedian(CalibrationTarget t, MonthHistogram h, long n)
    {
        var median = h.Quantile(0.5);
        var half = Z95 * Math.Sqrt(n) / 2;
        var low = h.AtRank((long)Math.Floor((n / 2.0) - half));
        var high = h.AtRank((long)Math.Ceiling((n / 2.0) + half));
        return Row(t, Calendar.Format(median), Calendar.Format(h.Quantile(0.1)), Calendar.Format(h.Quantile(0.9)), Calendar.Format(low), Calendar.Format(high), InBand(t, Order(median)), Overlaps(t, Order(low), Order(high)));
    }

    private static ScorecardRow NumericMedian(CalibrationTarget t, ResultSet results, string scenarioId)
    {
        var s = results.Summary.FirstOrDefault(r => r.ScenarioId == scenarioId && r.Metric == t.Metric)
            ?? throw new ArgumentException($"No summary of {t.Metric}.", nameof(results));
        var bins = results.Distributions.Where(r => r.ScenarioId == scenarioId && r.Metric == t.Metric)
            .Select(r => (Lower: double.Parse(r.Bin, CultureInfo.InvariantCulture), r.Count)).OrderBy(b => b.Lower).ToList();
        var width = bins.Count > 1 ? bins.Zip(bins.Skip(1), (a, b) => b.Lower - a.Lower).Min() : 1;
        double AtShare(double share) => BinnedQuantile(bins, width, share * s.N);
        var half = Z95 * Math.Sqrt(s.N) / 2;
        var low = BinnedQuantile(bins, width, (s.N / 2.0) - half);
        var high = BinnedQuantile(bins, width, (s.N / 2.0) + half);
        return Row(t, F(s.P50), F(AtShare(0.1)), F(AtShare(0.9)), F(Math.Min(low, s.P50)), F(Math.Max(high, s.P50)), InBand(t, s.P50), Overlaps(t, Math.Min(low, s.P50), Math.Max(high, s.P50)));
    }

    private static ScorecardRow NumericQuantile(CalibrationTarget t, ResultSet results, string scenarioId)
    {
        var q = double.Parse(t.Argument, CultureInfo.InvariantCulture);
        var s = results.Summary.FirstOrDefault(r => r.ScenarioId == scenarioId && r.Metric == t.Metric)
            ?? throw new ArgumentException($"No summary of {t.Metric}.", nameof(results));
        var bins = results.Distributions.Where(r => r.ScenarioId == scenarioId && r.Metric == t.Metric)
            .Select(r => (Lower: double.Parse(r.Bin, CultureInfo.InvariantCulture), r.Count)).OrderBy(b => b.Lower).ToList();
        var width = bins.Count > 1 ? bins.Zip(bins.Skip(1), (a, b) => b.Lower - a.Lower).Min() : 1;
        var value = BinnedQuantile(bins, width, q * s.N);
        var half = Z95 * Math.Sqrt(s.N * q * (1 - q));
        var low = BinnedQuantile(bins, width, (q * s.N) - half);
        var high = BinnedQuantile(bins, width, (q * s.N) + half);
        return Row(t, F(value), F(BinnedQuantile(bins, width, 0.1 * s.N)), F(BinnedQuantile(bins, width, 0.9 * s.N)), F(low), F(high), InBand(t, value), Overlaps(t, low, high));
    }

    private static ScorecardRow TrajectoryMedian(CalibrationTarget t, ResultSet results, string scenarioId)
    {
        var r = results.Trajectories.FirstOrDefault(x => x.ScenarioId == scenarioId && x.Variable == t.Metric && x.Month == t.Argument)
            ?? throw new ArgumentException($"No trajectory of {t.Metric} in {t.Argument}.", nameof(results));
        return Row(t, F(r.P50), F(r.P10), F(r.P90), F(r.P50), F(r.P50), InBand(t, r.P50), InBand(t, r.P50));
    }

    private static double BinnedQuantile(List<(double Lower, long Count)> bins, double width, double rank)
    {
        double seen = 0;
        foreach (var (lower, count) in bins)
        {
            if (seen + count >= rank && count > 0)
            {
                return lower + (width * Math.Clamp((rank - seen) / count, 0, 1));
            }

            seen += count;
        }

        return bins.Count == 0 ? double.NaN : bins[^1].Lower + width;
    }

    private static long StateCount(ResultSet results, string scenarioId, CalibrationTarget t) =>
        results.EndStates.FirstOrDefault(r => r.ScenarioId == scenarioId && r.Metric == t.Metric && r.State == t.Argument)?.Count
        ?? throw new ArgumentException($"No state {t.Argument} of {t.Metric}.", nameof(results));

    private static MonthHistogram MonthCounts(ResultSet results, string scenarioId, string metric) =>
        new(results.Distributions.Where(r => r.ScenarioId == scenarioId && r.Metric == metric));

    /// <summary>Month index for ordering, with "never" after every month.</summary>
    private static double Order(int month) => month == Calendar.Never ? double.PositiveInfinity : month;

    private static bool InBand(CalibrationTarget t, double value) =>
        !double.IsNaN(value) && (t.Low is not { } lo || value >= lo) && (t.High is not { } hi || value <= hi);

    private static bool Overlaps(CalibrationTarget t, double low, double high) =>
        (t.Low is not { } lo || high >= lo) && (t.High is not { } hi || low <= hi);

    private static ScorecardRow Row(CalibrationTarget t, string value, string p10, string p90, string low, string high, bool pass, bool plausible) =>
        new(t.Target, t.Metric, StatisticName(t.Statistic), t.History, value, p10, p90, low, high, Band(t), pass, plausible);

    private static string Band(CalibrationTarget t) => (t.LowText, t.HighText) switch
    {
        ("", "") => "any",
        ("", var hi) => "<= " + hi,
        (var lo, "") => ">= " + lo,
        (var lo, var hi) => lo + " .. " + hi,
    };

    /// <summary>The events.csv spelling of a statistic.</summary>
    public static string StatisticName(TargetStatistic s) => s switch
    {
        TargetStatistic.ProbabilityHappened => "p_happened",
        TargetStatistic.MedianMonth => "median_month",
        TargetStatistic.Median => "median",
        TargetStatistic.ProbabilityState => "p_state",
        TargetStatistic.Quantile => "quantile",
        TargetStatistic.TrajectoryMedian => "trajectory_median",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    private static string F(double x) => double.IsNaN(x) ? string.Empty : x.ToString("0.####", CultureInfo.InvariantCulture);
}
