using Counterfactual.Experiments.Discovery;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Tests.Discovery;

/// <summary>
/// A claim with several pairs has one point per world and pair: its parameter columns map the points to the
/// worlds' sorted values (<see cref="PrimColumn.Expanded"/>) instead of sorting a copy per point. That column must be
/// the one sorting the copies gives (order, NaN count, run starts, values, range), and PRIM must find the same
/// boxes on it, whatever the ties, NaNs, signed zeros and infinities, and with points left out (undefined).
/// </summary>
public sealed class PrimColumnTests
{
    [Theory]
    [MemberData(nameof(PrimEquivalenceTests.Seeds), MemberType = typeof(PrimEquivalenceTests))]
    public void Expanded_RandomWorldsAndPairs_EqualsSortingEveryPointsCopy(int seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed);
        var worlds = 1 + (int)(rng.NextDouble() * 300);
        var pairs = 1 + (int)(rng.NextDouble() * 6);
        var values = WorldValues(ref rng, worlds);
        var map = Points(ref rng, worlds, pairs, out _);
        var copies = Array.ConvertAll(map, w => values[w]);

        var expanded = PrimColumn.Expanded(PrimColumn.Sorted(values, new ValueOrder(worlds)), map);
        var sorted = PrimColumn.Sorted(copies, new ValueOrder(copies.Length));

        Assert.Equal(sorted.Order, expanded.Order);
        Assert.Equal(sorted.NanCount, expanded.NanCount);
        Assert.Equal(sorted.RunStarts, expanded.RunStarts);
        Assert.Equal(copies.Select(BitConverter.DoubleToInt64Bits), Enumerable.Range(0, copies.Length).Select(i => BitConverter.DoubleToInt64Bits(expanded[i])));
        Assert.Equal(BitConverter.DoubleToInt64Bits(LinqRange(copies)), BitConverter.DoubleToInt64Bits(expanded.Range()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(LinqRange(copies)), BitConverter.DoubleToInt64Bits(sorted.Range()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void FindSorted_ExpandedParameterColumns_SameBoxesAsEveryPointsCopy(int seed)
    {
        // Five parameters of 600 worlds, eight pairs (one lever: the pair's number), a few points undefined; the
        // cases sit in a corner of two parameters and the upper pairs.
        var rng = new Xoshiro256StarStar((ulong)seed);
        const int worlds = 600;
        const int pairs = 8;
        var parameters = Enumerable.Range(0, 5).Select(_ => WorldValues(ref rng, worlds)).ToArray();
        var map = Points(ref rng, worlds, pairs, out var points);
        var lever = Array.ConvertAll(points, i => (double)(i % pairs));
        var y = new bool[points.Length];
        for (var k = 0; k < y.Length; k++)
        {
            var inCorner = parameters[0][map[k]] > 0.3 && parameters[2][map[k]] < 0.5 && lever[k] >= 4;
            y[k] = rng.NextDouble() < (inCorner ? 0.6 : 0.05);
        }

        double[][] x = [.. parameters.Select(p => Array.ConvertAll(map, w => p[w])), lever];
        var sorter = new ValueOrder(worlds);
        PrimColumn[] columns = [.. parameters.Select(p => PrimColumn.Expanded(PrimColumn.Sorted(p, sorter), map)), PrimColumn.Sorted(lever, new ValueOrder(points.Length))];
        foreach (var simplify in new[] { null, new PrimSimplification(2) })
        {
            var expected = Prim.Find(x, y, 0.05, 0.05, 2, simplify);
            Assert.NotEmpty(expected);
            PrimEquivalenceTests.AssertSameBoxes(expected, Prim.FindSorted(columns, y, 0.05, 0.05, 2, simplify));
        }
    }

    [Fact]
    public void Expanded_DecreasingMap_IsRefused()
    {
        var worlds = PrimColumn.Sorted([1.0, 2.0, 3.0], new ValueOrder(3));
        Assert.Throws<ArgumentException>(() => PrimColumn.Expanded(worlds, [0, 2, 1]));
    }

    // Values with many ties (rounded), NaNs, both zeros and infinities.
    private static double[] WorldValues(ref Xoshiro256StarStar rng, int worlds)
    {
        var values = new double[worlds];
        for (var w = 0; w < worlds; w++)
        {
            var u = rng.NextDouble();
            values[w] = u switch
            {
                < 0.05 => double.NaN,
                < 0.08 => 0.0,
                < 0.11 => -0.0,
                < 0.12 => double.PositiveInfinity,
                < 0.13 => double.NegativeInfinity,
                < 0.5 => Math.Round(rng.NextDouble() * 5) / 5,
                _ => rng.NextDouble(),
            };
        }

        return values;
    }

    // The defined points of worlds x pairs (about one in eight left out, and sometimes a whole world) and their worlds.
    private static int[] Points(ref Xoshiro256StarStar rng, int worlds, int pairs, out int[] points)
    {
        var kept = new List<int>();
        for (var w = 0; w < worlds; w++)
        {
            var skipWorld = rng.NextDouble() < 0.05;
            for (var p = 0; p < pairs; p++)
            {
                if (!skipWorld && rng.NextDouble() >= 0.125)
                {
                    kept.Add((w * pairs) + p);
                }
            }
        }

        points = [.. kept];
        return Array.ConvertAll(points, i => i / pairs);
    }

    private static double LinqRange(double[] v) => v.Length == 0 ? 0 : v.Max() - v.Min();
}
