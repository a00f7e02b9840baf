using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Claims;
using Counterfactual.Experiments.Statistics;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Tests.Claims;

/// <summary>
/// Known-answer and simulation-study tests of the paired claim statistics: 2,000 synthetic paired problems with
/// a known true difference; the 95% intervals must cover it 94-96% of the time (the binomial sd of the coverage
/// at 2,000 repetitions is 0.49 points, so the band is about two sd).
/// </summary>
public sealed class PairedIntervalCoverageTests
{
    private const int Repetitions = 2000;

    private static ClaimSpec Spec(ClaimStatistic statistic, ClaimTest test, double margin = 0, MetricDescriptor? metric = null) =>
        new("c", "", metric ?? MetricCatalog.Numbers[0], -1, statistic, null, new Dictionary<string, double>(), new Dictionary<string, double>(), test, ClaimDirection.None, margin, 0.05, [new ScenarioPair(0, 1)]);

    [Fact]
    public void PairedProportion_NewcombeInterval_CoversAtNominalRate()
    {
        // Correlated paired binary: pA = 0.4, pB = 0.45, 80 worlds each; alpha 0.025 for difference = 95% two-sided.
        var spec = Spec(ClaimStatistic.Probability, ClaimTest.Difference, metric: MetricCatalog.Categorical[0]) with { State = 0 };
        var rng = new Xoshiro256StarStar(7);
        var covered = 0;
        for (var rep = 0; rep < Repetitions; rep++)
        {
            var acc = new ClaimAccumulator();
            for (var w = 0; w < 80; w++)
            {
                var u = rng.NextDouble();
                var a = u < 0.4;
                var b = u < 0.4 ? rng.NextDouble() < 0.9 : rng.NextDouble() < 0.15; // P(B) = 0.36 + 0.09 = 0.45
                Add(acc, a ? 1 : 0, b ? 1 : 0, probability: true);
            }

            var e = ClaimEvaluator.PairedEstimate(spec, acc);
            covered += e.Low <= 0.05 && 0.05 <= e.High ? 1 : 0;
        }

        AssertNominal(covered);
    }

    [Fact]
    public void PairedMean_TInterval_CoversAtNominalRate()
    {
        var spec = Spec(ClaimStatistic.Mean, ClaimTest.Difference);
        var rng = new Xoshiro256StarStar(11);
        var covered = 0;
        for (var rep = 0; rep < Repetitions; rep++)
        {
            var acc = new ClaimAccumulator();
            for (var w = 0; w < 30; w++)
            {
                var world = 100 + (20 * rng.NextNormal());
                Add(acc, world + rng.NextNormal(), world + 0.5 + rng.NextNormal(), probability: false);
            }

            var e = ClaimEvaluator.PairedEstimate(spec, acc);
            covered += e.Low <= 0.5 && 0.5 <= e.High ? 1 : 0;
        }

        AssertNominal(covered);
    }

    [Fact]
    public void PairedMedian_OrderStatisticInterval_CoversAtLeastNominalRate()
    {
        // Integer month differences (ties) are discrete, so the order-statistic interval is conservative: at least 94%.
        var spec = Spec(ClaimStatistic.Median, ClaimTest.Difference, metric: MetricCatalog.Months[0]);
        var rng = new Xoshiro256StarStar(13);
        var covered = 0;
        for (var rep = 0; rep < Repetitions; rep++)
        {
            var acc = new ClaimAccumulator();
            for (var w = 0; w < 101; w++)
            {
                // D = round(N(0.3, 3)): median of D is 0.
                var a = 40 + (long)(10 * rng.NextDouble());
                acc.AddMedianWorld(a, a + (long)Math.Round(0.3 + (3 * rng.NextNormal())));
            }

            var e = MedianClaim.Estimate(spec, acc);
            covered += e.Low <= 0 && 0 <= e.High ? 1 : 0;
        }

        Assert.InRange(covered / (double)Repetitions, 0.94, 1.0);
    }

    [Fact]
    public void Equivalence_IdenticalSides_Holds_AndBuiltInDifference_Fails()
    {
        var spec = Spec(ClaimStatistic.Probability, ClaimTest.Equivalence, 0.05, MetricCatalog.Categorical[0]) with { State = 0, Alpha = 0.05 };
        var rng = new Xoshiro256StarStar(17);
        var same = new ClaimAccumulator();
        var different = new ClaimAccumulator();
        for (var w = 0; w < 4000; w++)
        {
            var a = rng.NextDouble() < 0.6 ? 1 : 0;
            Add(same, a, a, probability: true);
            Add(different, a, a == 1 || rng.NextDouble() < 0.5 ? 1 : 0, probability: true); // pB = 0.8
        }

        Assert.Equal(Verdicts.Holds, Verdict(spec, same));
        Assert.Equal(Verdicts.Fails, Verdict(spec, different));
    }

    private static string Verdict(ClaimSpec spec, ClaimAccumulator acc)
    {
        var e = ClaimEvaluator.PairedEstimate(spec, acc);
        return ClaimMath.Verdict(spec.Test, spec.Expect, spec.Margin, e.Low, e.High);
    }

    internal static void Add(ClaimAccumulator acc, double a, double b, bool probability)
    {
        var fa = FixedPoint.From(a, double.MinValue, double.MaxValue);
        var fb = FixedPoint.From(b, double.MinValue, double.MaxValue);
        Int128 d = fb - fa;
        acc.N++;
        acc.SumA += fa;
        acc.SumB += fb;
        acc.SumD += d;
        acc.SumD2 += d * d;
        if (probability)
        {
            if (a != 0 && b != 0)
            {
                acc.Both++;
            }
            else if (a != 0)
            {
                acc.OnlyA++;
            }
            else if (b != 0)
            {
                acc.OnlyB++;
            }
            else
            {
                acc.Neither++;
            }
        }
    }

    private static void AssertNominal(int covered) => Assert.InRange(covered / (double)Repetitions, 0.94, 0.96);
}
