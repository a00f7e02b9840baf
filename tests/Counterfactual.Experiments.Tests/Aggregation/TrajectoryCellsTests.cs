using Counterfactual.Experiments.Aggregation;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Tests.Aggregation;

/// <summary>
/// The vector path of trajectory aggregation must give the scalar path's integers on every value, whatever the
/// hardware, or results would depend on the machine.
/// </summary>
public sealed class TrajectoryCellsTests
{
    private const int Bins = AggregateLayout.TrajectoryBins;

    private const double Unit = 1 / FixedPoint.Scale;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(9)]
    public void AddVector256_AwkwardValues_SameCellsAsAddScalar(int firstVariable)
    {
        var values = AwkwardValuesAtEveryVariable();
        var scalarSums = new long[values.Length];
        var scalarHistogram = new int[values.Length * Bins];
        var vectorSums = new long[values.Length];
        var vectorHistogram = new int[values.Length * Bins];

        TrajectoryCells.AddScalar<int>(values, firstVariable, scalarSums, scalarHistogram);
        var vectorised = TrajectoryCells.AddVector256<int>(values, firstVariable, vectorSums, vectorHistogram);
        TrajectoryCells.AddScalar<int>(
            values.AsSpan(vectorised), (firstVariable + vectorised) % AggregateLayout.VariableCount, vectorSums.AsSpan(vectorised), vectorHistogram.AsSpan(vectorised * Bins));

        Assert.True(vectorised >= values.Length - 3, $"the vector path should take all but the last few values, took {vectorised} of {values.Length}");
        Assert.Equal(scalarSums, vectorSums);
        Assert.Equal(scalarHistogram, vectorHistogram);
    }

    /// <summary>
    /// Histograms interleaved with others (a stride, as a worker's pending counts of all scenarios are): each value's
    /// count lands at ((i x bins) + bin) x stride, the same counts as side by side, on both paths, and nothing else
    /// is touched.
    /// </summary>
    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(32, 31)]
    public void Add_WithAStride_CountsWhereSideBySideWouldAfterScaling(int stride, int offset)
    {
        var values = AwkwardValuesAtEveryVariable();
        var sideBySide = new int[values.Length * Bins];
        TrajectoryCells.AddScalar<int>(values, 4, new long[values.Length], sideBySide);

        foreach (var vector in new[] { false, true })
        {
            var interleaved = new int[values.Length * Bins * stride];
            var counts = interleaved.AsSpan(offset, (((values.Length * Bins) - 1) * stride) + 1);
            var done = vector ? TrajectoryCells.AddVector256<int>(values, 4, new long[values.Length], counts, stride) : 0;
            TrajectoryCells.AddScalar<int>(values.AsSpan(done), (4 + done) % AggregateLayout.VariableCount, new long[values.Length - done], counts[(done * Bins * stride)..], stride);
            for (var i = 0; i < interleaved.Length; i++)
            {
                var expected = (i - offset) % stride == 0 && i >= offset ? sideBySide[(i - offset) / stride] : 0;
                Assert.True(expected == interleaved[i], $"vector {vector}, stride {stride}: count {i} is {interleaved[i]}, expected {expected}");
            }
        }
    }

    [Fact]
    public void AddScalar_AwkwardValues_MatchesFixedPointAndBin()
    {
        // The reference the vector path is held to: FixedPoint.From and Bin, non-finite values skipped. Variables
        // 0-7: depth [-1000, 3000], cohesion [0, 1], three DE counts [0, 1000|1200|600], Kwantung [0, 200],
        // oil [0, 60], southern extent [0, 1].
        double[] values = [2.5 * Unit, 3.5 * Unit, -0.0, double.NaN, 1e300, -1.5 * Unit, 1.0, double.PositiveInfinity];
        var sums = new long[values.Length];
        var histogram = new ushort[values.Length * Bins];

        TrajectoryCells.AddScalar<ushort>(values, 0, sums, histogram);

        Assert.Equal([2, 4, 0, 0, 600L << 24, 0, 1L << 24, 0], sums);
        Assert.Equal(6, histogram.Sum(c => c));
        Assert.Equal(1, histogram[(0 * Bins) + 50]); // depth 0 is a quarter of the way up
        Assert.Equal(1, histogram[(4 * Bins) + Bins - 1]);
        Assert.Equal(1, histogram[(6 * Bins) + 3]); // 1/60 of 200 bins
    }

    [Fact]
    public void AddVector256_TiesAtTheFixedPointScale_RoundHalfToEven()
    {
        // Variables 1-4 start at 0: k + 1/2 units round to the even neighbour, as Math.Round does.
        double[] values = [0.5 * Unit, 1.5 * Unit, 2.5 * Unit, 3.5 * Unit];
        var sums = new long[values.Length];

        TrajectoryCells.AddVector256<int>(values, 1, sums, new int[values.Length * Bins]);

        Assert.Equal([0, 2, 2, 4], sums);
    }

    [Fact]
    public void TrajectoryRanges_WithinTheExactBoundsOfTheVectorPathAndThePartialSums()
    {
        foreach (var d in MetricCatalog.Trajectories)
        {
            var largestUnits = Math.Max(Math.Abs(d.Min), Math.Abs(d.Max)) * FixedPoint.Scale;
            Assert.True(largestUnits <= TrajectoryCells.LargestRoundedExactly, $"{d.Name}: the rounding constant cannot round its values exactly");
            Assert.True(largestUnits * ushort.MaxValue < long.MaxValue, $"{d.Name}: a partial sum of 65,535 of its values could overflow a long");
        }
    }

    /// <summary>Every awkward value at every variable: a cell's value runs through the list while the variables cycle.</summary>
    private static double[] AwkwardValuesAtEveryVariable()
    {
        var variables = MetricCatalog.Trajectories;
        var values = new List<double>();
        foreach (var d in variables)
        {
            var width = d.Max - d.Min;
            double[] awkward =
            [
                double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, 1e300, -1e300,
                double.Epsilon, -double.Epsilon, 0.0, -0.0, d.Min, d.Max, d.Min - 1, d.Max + 1,
                Math.BitDecrement(d.Min), Math.BitIncrement(d.Max), Math.BitIncrement(d.Min), Math.BitDecrement(d.Max),
                0.5 * Unit, 1.5 * Unit, 2.5 * Unit, -0.5 * Unit, -1.5 * Unit, -2.5 * Unit, d.Max - (0.5 * Unit), d.Min + (0.5 * Unit),
                Math.BitIncrement(0.5 * Unit), Math.BitDecrement(2.5 * Unit),
            ];
            values.AddRange(awkward);
            for (var b = 0; b <= Bins; b += 7)
            {
                var edge = d.Min + (width * b / Bins);
                values.AddRange([edge, Math.BitIncrement(edge), Math.BitDecrement(edge)]);
            }
        }

        // A length coprime to the variable count, so each value meets every variable as the list repeats.
        while (GreatestCommonDivisor(values.Count, variables.Count) != 1)
        {
            values.Add(0.25);
        }

        var all = new List<double>();
        for (var r = 0; r < variables.Count; r++)
        {
            all.AddRange(values);
        }

        return [.. all];
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
