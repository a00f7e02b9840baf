using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Statistics;

namespace Counterfactual.Experiments.Tests.Statistics;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(10, 10, 0.7225, 1.0)]
    public void Wilson_KnownValues_Match(long k, long n, double low, double high)
    {
        var (l, h) = Wilson.Interval95(k, n);

        Assert.Equal(low, l, 4);
        Assert.Equal(high, h, 4);
    }

    [Fact]
    public void Newcombe_PairedExample_MatchesPublishedInterval()
    {
        // Fagerland, Lydersen and Laake (2017), paired 2x2 table [[59, 6], [16, 80]]: difference of the
        // first over the second measurement -0.0621 (95% CI -0.1186 to -0.0046). Here B is the first.
        var (d, low, high) = PairedProportion.Newcombe(both: 59, onlyA: 16, onlyB: 6, neither: 80, Wilson.Z95);

        Assert.Equal(-0.0621, d, 4);
        Assert.Equal(-0.1186, low, 4);
        Assert.Equal(-0.0046, high, 4);
    }

    [Theory]
    [InlineData(ClaimTest.Equivalence, ClaimDirection.None, 0.05, -0.01, 0.02, Verdicts.Holds)]
    [InlineData(ClaimTest.Equivalence, ClaimDirection.None, 0.05, 0.06, 0.10, Verdicts.Fails)]
    [InlineData(ClaimTest.Equivalence, ClaimDirection.None, 0.05, 0.01, 0.07, Verdicts.Inconclusive)]
    [InlineData(ClaimTest.Superiority, ClaimDirection.Greater, 0, 0.01, 0.07, Verdicts.Holds)]
    [InlineData(ClaimTest.Superiority, ClaimDirection.Greater, 0, -0.07, -0.01, Verdicts.Fails)]
    [InlineData(ClaimTest.Superiority, ClaimDirection.Greater, 0.05, 0.01, 0.04, Verdicts.Fails)]
    [InlineData(ClaimTest.Superiority, ClaimDirection.Greater, 0, -0.01, 0.07, Verdicts.Inconclusive)]
    [InlineData(ClaimTest.Superiority, ClaimDirection.Less, 0, -0.07, -0.01, Verdicts.Holds)]
    [InlineData(ClaimTest.Superiority, ClaimDirection.Less, 0, 0.01, 0.07, Verdicts.Fails)]
    [InlineData(ClaimTest.Difference, ClaimDirection.None, 0, 0.01, 0.07, Verdicts.Holds)]
    [InlineData(ClaimTest.Difference, ClaimDirection.None, 0, -0.01, 0.07, Verdicts.Inconclusive)]
    [InlineData(ClaimTest.Difference, ClaimDirection.None, 0.1, -0.01, 0.07, Verdicts.Fails)]
    public void Verdict_ConstructedIntervals_FollowTheTestRules(ClaimTest test, ClaimDirection expect, double margin, double low, double high, string verdict) =>
        Assert.Equal(verdict, ClaimMath.Verdict(test, expect, margin, low, high));

    [Fact]
    public void PValue_EquivalenceWithZeroDifferenceAndTinyError_IsNearZero()
    {
        Assert.True(ClaimMath.PValue(ClaimTest.Equivalence, ClaimDirection.None, 0.05, 0, 0.001, double.PositiveInfinity) < 1e-10);
        Assert.True(ClaimMath.PValue(ClaimTest.Equivalence, ClaimDirection.None, 0.05, 0.2, 0.001, double.PositiveInfinity) > 0.99);
    }

    [Fact]
    public void ReplicationsNeeded_InconclusiveDifference_FollowsNormalApproximation()
    {
        // z(0.975) * sd / |d| = 1.96 * 1 / 0.1 -> n = 384.1 -> 385.
        var n = ClaimMath.ReplicationsNeeded(ClaimTest.Difference, ClaimDirection.None, 0, 0.05, 0.1, 1, 100, Verdicts.Inconclusive);

        Assert.Equal(385, n);
        Assert.Equal(100, ClaimMath.ReplicationsNeeded(ClaimTest.Difference, ClaimDirection.None, 0, 0.05, 0.1, 1, 100, Verdicts.Holds));
    }

    [Fact]
    public void HistogramQuantile_UniformCounts_InterpolatesWithinBins()
    {
        long[] counts = [10, 10, 10, 10];

        Assert.Equal(2.0, HistogramQuantile.Of<long>(counts, 0, 4, 0.5), 12);
        Assert.Equal(0.4, HistogramQuantile.Of<long>(counts, 0, 4, 0.1), 12);
        Assert.True(double.IsNaN(HistogramQuantile.Of<long>(new long[4], 0, 4, 0.5)));
    }
}
