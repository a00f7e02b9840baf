using Counterfactual.Experiments.Discovery;
using Counterfactual.Experiments.Sensitivity;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Tests.Claims;

public sealed class SensitivityAndDiscoveryTests
{
    [Fact]
    public void SobolIndices_Ishigami_AnalyticValuesInsideBootstrapIntervals()
    {
        // Ishigami with a = 7, b = 0.1 on [-pi, pi]^3: S1 = (0.314, 0.442, 0), ST = (0.558, 0.442, 0.244).
        const int n = 20000;
        var rng = new Xoshiro256StarStar(2010);
        double[] Row() => [.. Enumerable.Range(0, 3).Select(_ => Math.PI * ((2 * rng.NextDouble()) - 1))];
        static double F(double[] x) => Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));
        var a = Enumerable.Range(0, n).Select(_ => Row()).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => Row()).ToArray();
        var fA = a.Select(F).ToArray();
        var fB = b.Select(F).ToArray();
        var fAB = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, n).Select(j =>
        {
            var x = (double[])a[j].Clone();
            x[i] = b[j][i];
            return F(x);
        }).ToArray()).ToArray();

        var indices = SobolIndices.Estimate(fA, fB, fAB, 300, 99, out var used);

        Assert.Equal(n, used);
        double[] s1 = [0.3139, 0.4424, 0];
        double[] st = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(s1[i], indices[i].FirstOrderLow, indices[i].FirstOrderHigh);
            Assert.InRange(st[i], indices[i].TotalLow, indices[i].TotalHigh);
        }
    }

    [Fact]
    public void SobolIndices_NoisyIshigamiWithReplicates_NuggetCorrectionRecoversAnalyticValues()
    {
        // Ishigami plus independent noise of variance 16 (the function's own variance is 13.84), averaged over
        // r = 4 runs per row: without the correction every index would be shrunk by about 13.84 / (13.84 + 4).
        const int n = 20000;
        const int r = 4;
        var rng = new Xoshiro256StarStar(2013);
        double[] Row() => [.. Enumerable.Range(0, 3).Select(_ => Math.PI * ((2 * rng.NextDouble()) - 1))];
        static double F(double[] x) => Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));
        var nugget = new double[n];
        double Noisy(double[] x, int j)
        {
            var runs = Enumerable.Range(0, r).Select(_ => F(x) + (4 * Gaussian(rng))).ToArray();
            var mean = runs.Average();
            nugget[j] += runs.Sum(v => (v - mean) * (v - mean)) / (r - 1) / r / 5;
            return mean;
        }

        var a = Enumerable.Range(0, n).Select(_ => Row()).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => Row()).ToArray();
        var fA = a.Select(Noisy).ToArray();
        var fB = b.Select(Noisy).ToArray();
        var fAB = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, n).Select(j =>
        {
            var x = (double[])a[j].Clone();
            x[i] = b[j][i];
            return Noisy(x, j);
        }).ToArray()).ToArray();

        var indices = SobolIndices.Estimate(fA, fB, fAB, 300, 99, out _, nugget);

        double[] s1 = [0.3139, 0.4424, 0];
        double[] st = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(s1[i], indices[i].FirstOrderLow, indices[i].FirstOrderHigh);
            Assert.InRange(st[i], indices[i].TotalLow, indices[i].TotalHigh);
        }
    }

    [Fact]
    public void Prim_PlantedBox_IsRecovered()
    {
        // Failures: 90% inside 0.2 <= x0 <= 0.6 and x2 >= 0.7, 3% elsewhere; x1 and x3 are noise.
        var (x, y) = Planted(4000, 4, 1999);

        var boxes = Prim.Find(x, y, 0.05, 0.05, 1);

        var box = Assert.Single(boxes);
        Assert.InRange(box.Low[0], 0.15, 0.25);
        Assert.InRange(box.High[0], 0.55, 0.65);
        Assert.InRange(box.Low[2], 0.65, 0.75);
        Assert.False(box.Restricts(1) || box.Restricts(3), "noise dimensions must stay unrestricted");
        Assert.True(box.Density > 0.8);
        Assert.True(box.Coverage > 0.7);
    }

    [Fact]
    public void Prim_PlantedBoxAmongManyNoiseDimensions_SimplifiedBoxRestrictsOnlyThePlantedDimensions()
    {
        // The essay's situation: ~60 dimensions and 1,000 points, where plain peeling trims most of them a little.
        var (x, y) = Planted(1000, 60, 2010);

        var plain = Assert.Single(Prim.Find(x, y, 0.05, 0.05, 1));
        var boxes = Prim.Find(x, y, 0.05, 0.05, 2, new PrimSimplification(3));

        Assert.True(Enumerable.Range(0, 60).Count(plain.Restricts) > 3, "plain PRIM overfits here, or the test shows nothing");
        var box = boxes[0];
        Assert.Equal([0, 2], Enumerable.Range(0, 60).Where(box.Restricts));
        Assert.InRange(box.Low[0], 0.1, 0.3);
        Assert.InRange(box.High[0], 0.5, 0.7);
        Assert.InRange(box.Low[2], 0.6, 0.8);
        Assert.False(double.IsFinite(box.High[2]), "x2's upper side is the edge of its range");
        Assert.True(box.Density > 0.7);
        Assert.True(box.Coverage > 0.6);
        Assert.All(boxes, b => Assert.True(Enumerable.Range(0, 60).Count(b.Restricts) <= 3));
    }

    [Fact]
    public void Prim_PureNoise_SimplifiedSearchReportsNoBox()
    {
        var rng = new Xoshiro256StarStar(7);
        var x = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 1000).Select(_ => rng.NextDouble()).ToArray()).ToArray();
        var y = Enumerable.Range(0, 1000).Select(_ => rng.NextDouble() < 0.15).ToArray();

        Assert.NotEmpty(Prim.Find(x, y, 0.05, 0.05, 1));
        Assert.Empty(Prim.Find(x, y, 0.05, 0.05, 2, new PrimSimplification(3)));
    }

    [Theory]
    [InlineData(1945.3, 2.5, "1945.3")]
    [InlineData(1945.31, 2.5, "1945.3")]
    [InlineData(0.8291, 1, "0.829")]
    [InlineData(149.4, 30, "149")]
    [InlineData(11.318, 8, "11.3")]
    [InlineData(0.03731, 0.03, "0.0373")]
    [InlineData(1234567, 100, "1234567")]
    [InlineData(-0.0001, 1, "-0.0001")]
    [InlineData(16, 24, "16")]
    public void Discovery_Numbers_ArePlainWithThreeSignificantDigits(double value, double range, string expected) =>
        Assert.Equal(expected, DiscoveryRun.Number(value, range));

    [Theory]
    [InlineData(0.712, "71%")]
    [InlineData(0.0684, "6.8%")]
    [InlineData(0.0012, "0.12%")]
    [InlineData(0, "0%")]
    [InlineData(1, "100%")]
    public void Discovery_Percentages_ArePlain(double share, string expected) => Assert.Equal(expected, DiscoveryRun.Percent(share));

    private static double Gaussian(Xoshiro256StarStar rng) =>
        Math.Sqrt(-2 * Math.Log(rng.NextOpenDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static (double[][] X, bool[] Y) Planted(int n, int dims, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var x = Enumerable.Range(0, dims).Select(_ => new double[n]).ToArray();
        var y = new bool[n];
        for (var i = 0; i < n; i++)
        {
            for (var d = 0; d < dims; d++)
            {
                x[d][i] = rng.NextDouble();
            }

            var inside = x[0][i] is >= 0.2 and <= 0.6 && x[2][i] >= 0.7;
            y[i] = rng.NextDouble() < (inside ? 0.9 : 0.03);
        }

        return (x, y);
    }
}
