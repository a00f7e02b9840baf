using System.Globalization;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Tests.Support;
using Calendar = Counterfactual.Model.Time.Calendar;
using Xunit.Abstractions;

namespace Counterfactual.Model.Tests;

/// <summary>
/// The historical baseline against scenarios/history/events.csv. Tolerances come from the Monte Carlo
/// error: three binomial standard errors for probabilities, and a distribution-free 3-sigma
/// order-statistic interval for medians (ranks n/2 +- 1.5 sqrt(n)).
/// </summary>
public sealed class CalibrationTests(ITestOutputHelper output)
{
    private const int Replications = 4000;

    private static readonly Lazy<List<ReplicationOutcome>> Baseline = new(() => TestWorlds.Run(Replications, Levers.Historical));

    [Fact]
    public void Baseline_EveryEventsCsvTarget_PassesWithinMonteCarloError()
    {
        var targets = CalibrationTarget.Load();
        Assert.Equal(17, targets.Count);
        var failures = new List<string>();
        foreach (var target in targets)
        {
            var (estimate, pass) = Evaluate(target, Baseline.Value);
            var line = $"{target.Target}: {estimate} (band {target.Low}..{target.High}) {(pass ? "pass" : "FAIL")}";
            output.WriteLine(line);
            if (!pass)
            {
                failures.Add(line);
            }
        }

        Assert.Empty(failures);
    }

    private static (string Estimate, bool Pass) Evaluate(CalibrationTarget t, List<ReplicationOutcome> runs)
    {
        var n = runs.Count;
        var metric = MetricCatalog.Find(t.Metric) ?? MetricCatalog.Trajectories.FirstOrDefault(m => m.Name == t.Metric);
        Assert.NotNull(metric);
        switch (t.Statistic)
        {
            case "p_happened":
            {
                var by = t.Argument.Length == 0 ? int.MaxValue : ParseMonth(t.Argument);
                var count = runs.Count(o => o.Months[metric!.Index] != Calendar.Never && o.Months[metric.Index] <= by);
                return Probability(count, n, t);
            }

            case "p_state":
            {
                var state = metric!.States.ToList().IndexOf(t.Argument);
                Assert.True(state >= 0, $"unknown state {t.Argument}");
                return Probability(runs.Count(o => o.States[metric.Index] == state), n, t);
            }

            case "median_month":
            {
                var values = runs.Select(o => o.Months[metric!.Index]).Select(m => m == Calendar.Never ? int.MaxValue : m).Order().ToList();
                var (lo, mid, hi) = MedianInterval(values);
                var low = t.Low.Length == 0 ? int.MinValue : ParseMonth(t.Low);
                var high = t.High.Length == 0 ? int.MaxValue : ParseMonth(t.High);
                var pass = hi >= low && lo <= high;
                return (mid == int.MaxValue ? "never" : Calendar.Format(mid), pass);
            }

            case "median":
            {
                var values = runs.Select(o => o.Numbers[metric!.Index]).Where(double.IsFinite).Order().ToList();
                var (lo, mid, hi) = MedianInterval(values);
                var low = t.Low.Length == 0 ? double.NegativeInfinity : double.Parse(t.Low, CultureInfo.InvariantCulture);
                var high = t.High.Length == 0 ? double.PositiveInfinity : double.Parse(t.High, CultureInfo.InvariantCulture);
                return (mid.ToString("0", CultureInfo.InvariantCulture), hi >= low && lo <= high);
            }

            case "quantile":
            {
                // Order-statistic interval of the q-quantile: ranks n q +- 3 sqrt(n q (1 - q)).
                var q = double.Parse(t.Argument, CultureInfo.InvariantCulture);
                var values = runs.Select(o => o.Numbers[metric!.Index]).Where(double.IsFinite).Order().ToList();
                var m = values.Count;
                var half = 3 * Math.Sqrt(m * q * (1 - q));
                var lo = values[Math.Clamp((int)Math.Floor((m * q) - half), 0, m - 1)];
                var hi = values[Math.Clamp((int)Math.Ceiling((m * q) + half), 0, m - 1)];
                var low = t.Low.Length == 0 ? double.NegativeInfinity : double.Parse(t.Low, CultureInfo.InvariantCulture);
                var high = t.High.Length == 0 ? double.PositiveInfinity : double.Parse(t.High, CultureInfo.InvariantCulture);
                return (values[Math.Clamp((int)(m * q), 0, m - 1)].ToString("0", CultureInfo.InvariantCulture), hi >= low && lo <= high);
            }

            case "trajectory_median":
            {
                var month = ParseMonth(t.Argument);
                var values = runs.Select(o => o.TrajectoryAt(Math.Min(month, o.MonthCount - 1), (TrajectoryVariable)metric!.Index)).Order().ToList();
                var (lo, mid, hi) = MedianInterval(values);
                var low = t.Low.Length == 0 ? double.NegativeInfinity : double.Parse(t.Low, CultureInfo.InvariantCulture);
                var high = t.High.Length == 0 ? double.PositiveInfinity : double.Parse(t.High, CultureInfo.InvariantCulture);
                return (mid.ToString("0", CultureInfo.InvariantCulture), hi >= low && lo <= high);
            }

            default:
                throw new InvalidOperationException($"Unknown statistic '{t.Statistic}'.");
        }
    }

    private static (string, bool) Probability(int count, int n, CalibrationTarget t)
    {
        var p = count / (double)n;
        var se = Math.Sqrt(Math.Max(p * (1 - p), 1.0 / n) / n);
        var low = t.Low.Length == 0 ? 0 : double.Parse(t.Low, CultureInfo.InvariantCulture);
        var high = t.High.Length == 0 ? 1 : double.Parse(t.High, CultureInfo.InvariantCulture);
        return (p.ToString("0.000", CultureInfo.InvariantCulture), p + (3 * se) >= low && p - (3 * se) <= high);
    }

    private static (T Low, T Mid, T High) MedianInterval<T>(List<T> sorted)
        where T : System.Numerics.INumber<T>
    {
        var n = sorted.Count;
        var half = 1.5 * Math.Sqrt(n);
        var lo = Math.Clamp((int)Math.Floor((n / 2.0) - half), 0, n - 1);
        var hi = Math.Clamp((int)Math.Ceiling((n / 2.0) + half), 0, n - 1);
        return (sorted[lo], sorted[n / 2], sorted[hi]);
    }

    private static int ParseMonth(string text)
    {
        Assert.True(Calendar.TryParse(text, out var month), $"bad month {text}");
        return month;
    }
}
