using System.Globalization;
using Counterfactual.Experiments.Discovery;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Tests.Discovery;

/// <summary>
/// The fast <see cref="Prim"/> must return exactly the boxes of <see cref="ReferencePrim"/> (the slow original,
/// kept as the oracle): the same number of boxes and, bit for bit, every bound, coverage, density and support.
/// The data sets are random but seeded; they mix continuous dimensions, rounded ones (many ties), discrete
/// levers of four values, constant dimensions, signed zeros, infinities and a few NaNs, with planted failure
/// regions, on few and many points, with and without simplification.
/// </summary>
public sealed class PrimEquivalenceTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var s = 1; s <= 120; s++)
        {
            seeds.Add(s);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Find_RandomDataSet_SameBoxesAsReference(int seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed);
        var (x, y) = DataSet(ref rng);
        var alpha = Pick(ref rng, [0.05, 0.05, 0.1, 0.2, 0.5]);
        var minSupport = Pick(ref rng, [0.0, 0.05, 0.05, 0.1, 0.3]);
        var maxBoxes = 1 + (int)(rng.NextDouble() * 3);
        PrimSimplification? simplify = rng.NextDouble() < 0.4
            ? null
            : new PrimSimplification(1 + (int)(rng.NextDouble() * 3), Pick(ref rng, [0.95, 0.8]), Pick(ref rng, [0.1, 0.02]), Pick(ref rng, [1.5, 1.0, 1.2]));

        AssertSameBoxes(ReferencePrim.Find(x, y, alpha, minSupport, maxBoxes, simplify), Prim.Find(x, y, alpha, minSupport, maxBoxes, simplify));
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void Find_LargeDataSetWithLevers_SameBoxesAsReference(int seed, bool simplified)
    {
        // Closer to the real run: 30 parameters and two levers of four values, 6,000 points.
        var rng = new Xoshiro256StarStar((ulong)seed);
        var (x, y) = Planted(ref rng, 6000, 30, 2);
        var simplify = simplified ? new PrimSimplification(3) : null;

        AssertSameBoxes(ReferencePrim.Find(x, y, 0.05, 0.05, 2, simplify), Prim.Find(x, y, 0.05, 0.05, 2, simplify));
    }

    [Fact]
    public void Find_DegenerateInputs_SameBoxesAsReference()
    {
        bool[] none = [false, false, false];
        double[][] x3 = [[1, 2, 3], [3, 3, 3]];
        AssertSameBoxes(ReferencePrim.Find(x3, none, 0.05, 0.05, 2, null), Prim.Find(x3, none, 0.05, 0.05, 2, null));
        AssertSameBoxes(ReferencePrim.Find([], [true], 0.05, 0.05, 2, null), Prim.Find([], [true], 0.05, 0.05, 2, null));
        AssertSameBoxes(ReferencePrim.Find([[]], [], 0.05, 0.05, 2, null), Prim.Find([[]], [], 0.05, 0.05, 2, null));
        bool[] all = [true, true, true];
        AssertSameBoxes(ReferencePrim.Find(x3, all, 0.05, 0.05, 2, null), Prim.Find(x3, all, 0.05, 0.05, 2, null));
        bool[] one = [false, true, false];
        AssertSameBoxes(ReferencePrim.Find(x3, one, 0.3, 0, 3, null), Prim.Find(x3, one, 0.3, 0, 3, null));
    }

    private static void AssertSameBoxes(List<PrimBox> expected, List<PrimBox> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var b = 0; b < expected.Count; b++)
        {
            Assert.Equal(Bits(expected[b].Low), Bits(actual[b].Low));
            Assert.Equal(Bits(expected[b].High), Bits(actual[b].High));
            Assert.Equal(Bits([expected[b].Coverage, expected[b].Density, expected[b].Support]), Bits([actual[b].Coverage, actual[b].Density, actual[b].Support]));
        }
    }

    private static string[] Bits(double[] values) =>
        [.. values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("X16", CultureInfo.InvariantCulture) + " " + v.ToString("R", CultureInfo.InvariantCulture))];

    private static double Pick(ref Xoshiro256StarStar rng, double[] choices) => choices[(int)(rng.NextDouble() * choices.Length)];

    // A random data set: point count from 1 to a few thousand, 1 to 25 dimensions of mixed kinds.
    private static (double[][] X, bool[] Y) DataSet(ref Xoshiro256StarStar rng)
    {
        var size = rng.NextDouble();
        var n = size < 0.15 ? 1 + (int)(rng.NextDouble() * 12) : size < 0.7 ? 20 + (int)(rng.NextDouble() * 400) : 500 + (int)(rng.NextDouble() * 2500);
        var dims = 1 + (int)(rng.NextDouble() * 25);
        var x = new double[dims][];
        for (var d = 0; d < dims; d++)
        {
            x[d] = Column(ref rng, n);
        }

        var y = new bool[n];
        var kind = rng.NextDouble();
        var baseRate = Pick(ref rng, [0.01, 0.05, 0.2, 0.5]);
        var d0 = (int)(rng.NextDouble() * dims);
        var d1 = (int)(rng.NextDouble() * dims);
        for (var i = 0; i < n; i++)
        {
            // A planted region on two dimensions (by rank-free thresholds on the raw values), or pure noise, or everything.
            var inRegion = x[d0][i] > 0.3 && x[d1][i] <= 0.7;
            y[i] = kind < 0.05 || (kind < 0.75 ? rng.NextDouble() < (inRegion ? 0.8 : baseRate) : rng.NextDouble() < baseRate);
        }

        return (x, y);
    }

    private static double[] Column(ref Xoshiro256StarStar rng, int n)
    {
        var kind = rng.NextDouble();
        var column = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            column[i] = kind switch
            {
                < 0.45 => u,
                < 0.6 => Math.Round(u * 10) / 10,
                < 0.75 => Math.Floor(u * 4) / 3,
                < 0.8 => 0.5,
                < 0.85 => u < 0.5 ? 0.0 : u < 0.7 ? -0.0 : Math.Round(u * 4) / 4,
                < 0.9 => u < 0.6 ? 0 : u,
                < 0.95 => u < 0.05 ? double.PositiveInfinity : u > 0.95 ? double.NegativeInfinity : u,
                _ => u < 0.03 ? double.NaN : u,
            };
        }

        return column;
    }

    // Parameters uniform on [0, 1] and levers of four values; failures mostly where x0 >= 0.6 and lever 0 is high.
    private static (double[][] X, bool[] Y) Planted(ref Xoshiro256StarStar rng, int n, int parameters, int levers)
    {
        var x = new double[parameters + levers][];
        for (var d = 0; d < x.Length; d++)
        {
            x[d] = new double[n];
            for (var i = 0; i < n; i++)
            {
                x[d][i] = d < parameters ? rng.NextDouble() : 2 * (i % (4 << (2 * (d - parameters))) >> (2 * (d - parameters)));
            }
        }

        var y = new bool[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = rng.NextDouble() < (x[0][i] >= 0.6 && x[parameters][i] >= 4 ? 0.3 : 0.02);
        }

        return (x, y);
    }
}
