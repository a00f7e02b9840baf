using Counterfactual.Results.Compare;

namespace Counterfactual.Results.Tests.Compare;

/// <summary>Known-value tests of the comparison statistics.</summary>
public sealed class CompareStatisticsTests
{
    [Fact]
    public void Welch_WikipediaExampleOne_MatchesTextbookTAndDf()
    {
        // Wikipedia, "Welch's t-test", example 1 (two samples of 15): t = -2.46, df = 24.99, p = 0.021.
        // Summary statistics computed from the listed values; the statistic is B - A, so the sign is reversed.
        var (test, df) = WelchTest.Compute(15, 20.82, 2.804893682731767, 15, 22.986666666666668, 1.952605097470215);

        Assert.Equal(2.455356398286006, test.Statistic, 9);
        Assert.Equal(24.98852929023142, df, 9);
        Assert.Equal(0.021, test.PValue, 3);
    }

    [Fact]
    public void Welch_BothConstant_EqualMeansAreSameAndDifferentMeansDiffer()
    {
        Assert.Equal(new TestResult(0, 1), WelchTest.Compute(10, 8, 0, 20, 8, 0).Test);
        var different = WelchTest.Compute(10, 8, 0, 20, 9, 0).Test;
        Assert.Equal(double.PositiveInfinity, different.Statistic);
        Assert.Equal(0, different.PValue);
    }

    [Fact]
    public void Welch_FewerThanTwoValues_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WelchTest.Compute(1, 1, 0, 5, 1, 1));

    [Fact]
    public void TwoProportion_60Of200Vs45Of200_MatchesHandComputedZ()
    {
        // pooled p = 105/400 = 0.2625; z = (0.225 - 0.3) / sqrt(0.2625 * 0.7375 * 2/200) = -1.704573
        var result = TwoProportionTest.Compute(60, 200, 45, 200);

        Assert.Equal(-1.704572969181408, result.Statistic, 9);
        Assert.Equal(0.08827409627537748, result.PValue, 9);
    }

    [Fact]
    public void TwoProportion_BothZeroOrBothAll_IsNoDifference()
    {
        Assert.Equal(new TestResult(0, 1), TwoProportionTest.Compute(0, 300, 0, 50));
        Assert.Equal(new TestResult(0, 1), TwoProportionTest.Compute(300, 300, 50, 50));
    }

    [Fact]
    public void KolmogorovSmirnov_MirroredHistograms_DIsLargestCdfGap()
    {
        // CDFs 0.1 0.3 0.6 1 and 0.4 0.7 0.9 1: D = 0.4. m = 5, lambda = (sqrt 5 + 0.12 + 0.11/sqrt 5) 0.4 = 0.962105.
        var result = BinnedKolmogorovSmirnov.Compute([1, 2, 3, 4], [4, 3, 2, 1]);

        Assert.Equal(0.4, result.Statistic, 12);
        Assert.Equal(0.3128526760169558, result.PValue, 9);
    }

    [Fact]
    public void KolmogorovSmirnov_SameShapeDifferentN_DIsZeroAndPIsOne()
    {
        var result = BinnedKolmogorovSmirnov.Compute([10, 20, 0, 70], [1, 2, 0, 7]);

        Assert.Equal(0, result.Statistic, 12);
        Assert.Equal(1, result.PValue);
    }

    [Theory]
    [InlineData(1.0, 0.26999967167735456)]
    [InlineData(1.3581, 0.0499996304316674)]
    [InlineData(0.1, 1.0)]
    public void KolmogorovQ_TableValues(double lambda, double expected) =>
        Assert.Equal(expected, BinnedKolmogorovSmirnov.KolmogorovQ(lambda), 9);

    [Fact]
    public void BenjaminiHochberg_EvenlySpaced_AllAdjustToTheLargest() =>
        Assert.Equal([0.05, 0.05, 0.05, 0.05, 0.05], BenjaminiHochberg.Adjust([0.01, 0.02, 0.03, 0.04, 0.05]), new Close(1e-12));

    [Fact]
    public void BenjaminiHochberg_UnsortedWithNaN_MatchesRsPAdjust()
    {
        // R: p.adjust(c(0.04, 0.005, 0.13, 0.011, 0.02), "BH") = 0.05 0.025 0.13 0.0275 0.0333333
        var adjusted = BenjaminiHochberg.Adjust([0.04, 0.005, double.NaN, 0.13, 0.011, 0.02]);

        Assert.Equal([0.05, 0.025, double.NaN, 0.13, 0.0275, 0.1 / 3], adjusted, new Close(1e-12));
    }

    [Fact]
    public void BenjaminiHochberg_SmallerPBehindLargerRank_TakesTheRunningMinimum() =>
        Assert.Equal([0.9, 0.9], BenjaminiHochberg.Adjust([0.9, 0.8]), new Close(1e-12));

    private sealed class Close(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
