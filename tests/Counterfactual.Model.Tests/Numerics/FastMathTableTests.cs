using Counterfactual.Model.Numerics;

namespace Counterfactual.Model.Tests.Numerics;

/// <summary>
/// FastMath's tables and split constants are literals in the source (image data, so that code compiled ahead of
/// time reads them as constants); they must be, bit for bit, what their DoubleDouble computation gives.
/// </summary>
public sealed class FastMathTableTests
{
    [Fact]
    public void ExpTableIsItsComputationBitForBit() =>
        AssertSameBits(FastMath.ComputeExpTable(), FastMath.ExpTable, "ExpTable");

    [Fact]
    public void LogTableIsItsComputationBitForBit() =>
        AssertSameBits(FastMath.ComputeLogTable(), FastMath.LogTable, "LogTable");

    [Fact]
    public void SplitConstantsAreTheirComputationBitForBit()
    {
        var computed = FastMath.ComputeSplitConstants();
        AssertSameBits(
            [computed.ExpInverseStep, computed.ExpStepHi, computed.ExpStepLo, computed.Ln2Hi, computed.Ln2Lo],
            [FastMath.ExpInverseStep, FastMath.ExpStepHi, FastMath.ExpStepLo, FastMath.Ln2Hi, FastMath.Ln2Lo],
            "split constants");
    }

    [Fact]
    public void SplitsAddUpToTheirDoubleDoubleValues()
    {
        // The high parts sit on the 2^-42 grid (so n·hi is exact) and hi + lo is the double-double value.
        Assert.Equal(0, Math.IEEERemainder(FastMath.Ln2Hi * (1L << 42), 1));
        Assert.Equal(0, Math.IEEERemainder(FastMath.ExpStepHi * (1L << 42), 1));
        Assert.Equal(FastMath.Ln2Hi + FastMath.Ln2Lo, DoubleDouble.Ln2.Hi);
        Assert.Equal(FastMath.ExpStepHi + FastMath.ExpStepLo, (DoubleDouble.Ln2 / 128).Hi);
    }

    private static void AssertSameBits(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = BitConverter.DoubleToInt64Bits(expected[i]);
            var a = BitConverter.DoubleToInt64Bits(actual[i]);
            Assert.True(e == a, $"{what}[{i}]: literal {actual[i]:R} (0x{a:X16}), computed {expected[i]:R} (0x{e:X16})");
        }
    }
}
