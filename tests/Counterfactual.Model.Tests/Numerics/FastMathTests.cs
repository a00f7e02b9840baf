using Counterfactual.Model.Numerics;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Model.Tests.Numerics;

/// <summary>
/// FastMath against a double-double reference (its own accuracy) and against System.Math (the libm it
/// replaces), over random points across the whole domain, the ranges the model uses, and the edge cases.
/// </summary>
public sealed class FastMathTests
{
    private const int Points = 200_000;

    /// <summary>The i-th test argument, drawn from <paramref name="rng"/>.</summary>
    private delegate double Pick(ref Xoshiro256StarStar rng, int i);

    /// <summary>The bound against System.Math: ours are under 1 ulp, libm's within about 1 (tanh 2), so they may differ by 2.</summary>
    private const long MaxUlpsFromMath = 2;

    [Fact]
    public void Exp_RandomPoints_UnderOneUlpAndWithinTwoOfMath() =>
        // Half over the whole finite range, half over the model's arguments (noise, supply, hazards).
        AssertAccurate("exp", FastMath.Exp, Math.Exp, Reference.Exp, 1, (ref Xoshiro256StarStar rng, int i) =>
            i % 2 == 0 ? -708 + (rng.NextDouble() * 1417) : -20 + (rng.NextDouble() * 40));

    [Fact]
    public void Log_RandomPoints_UnderOneUlpAndWithinTwoOfMath() =>
        // Random bit patterns cover every exponent (subnormals included); the rest straddle 1, where the
        // logarithm is small and cancellation would show, and the model's scale (powers, men).
        AssertAccurate("log", FastMath.Log, Math.Log, Reference.Log, 2, (ref Xoshiro256StarStar rng, int i) => (i % 3) switch
        {
            0 => BitConverter.Int64BitsToDouble((long)(rng.NextUInt64() >> 1) % 0x7FF0000000000000L),
            1 => 0.98 + (rng.NextDouble() * 0.04),
            _ => Math.Exp(-10 + (rng.NextDouble() * 30)),
        });

    [Fact]
    public void Tanh_RandomPoints_UnderOneUlpAndWithinTwoOfMath() =>
        // Both branches (the switch is at 1), small arguments, and the saturated region.
        AssertAccurate("tanh", FastMath.Tanh, Math.Tanh, Reference.Tanh, 3, (ref Xoshiro256StarStar rng, int i) => (i % 3) switch
        {
            0 => -1.5 + (rng.NextDouble() * 3),
            1 => (rng.NextDouble() - 0.5) * Math.Exp(-30 + (rng.NextDouble() * 30)),
            _ => -20 + (rng.NextDouble() * 40),
        });

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(-800.0, 0.0)]
    [InlineData(-746.0, 0.0)]
    [InlineData(800.0, double.PositiveInfinity)]
    [InlineData(709.8, double.PositiveInfinity)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(double.NaN, double.NaN)]
    public void Exp_SpecialValues_AsMath(double x, double expected)
    {
        Assert.Equal(expected, FastMath.Exp(x));
        Assert.Equal(Math.Exp(x), FastMath.Exp(x));
    }

    [Theory]
    [InlineData(709.78)]
    [InlineData(705.0)]
    [InlineData(-705.0)]
    [InlineData(-709.0)]
    [InlineData(-720.5)]
    [InlineData(-744.0)]
    [InlineData(-745.1)]
    public void Exp_NearOverflowAndSubnormal_WithinOneUlpOfMath(double x) =>
        Assert.True(Reference.UlpDistance(FastMath.Exp(x), Math.Exp(x)) <= 1, $"exp({x:R}) = {FastMath.Exp(x):R}, Math.Exp {Math.Exp(x):R}");

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(-1.0, double.NaN)]
    [InlineData(double.NegativeInfinity, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NaN, double.NaN)]
    public void Log_SpecialValues_AsMath(double x, double expected)
    {
        Assert.Equal(expected, FastMath.Log(x));
        Assert.Equal(Math.Log(x), FastMath.Log(x));
    }

    [Theory]
    [InlineData(double.Epsilon)]
    [InlineData(2.2250738585072009e-308)]
    [InlineData(double.MaxValue)]
    [InlineData(2.0)]
    [InlineData(0.5)]
    [InlineData(0.99999999999999989)]
    [InlineData(1.0000000000000002)]
    public void Log_ExtremesAndNeighboursOfOne_WithinOneUlpOfMath(double x) =>
        Assert.True(Reference.UlpDistance(FastMath.Log(x), Math.Log(x)) <= 1, $"log({x:R}) = {FastMath.Log(x):R}, Math.Log {Math.Log(x):R}");

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-300)]
    [InlineData(-1e-10)]
    [InlineData(1.0)]
    [InlineData(-0.9999999999999999)]
    [InlineData(22.0)]
    [InlineData(-30.0)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void Tanh_SpecialValues_AsMath(double x)
    {
        var y = FastMath.Tanh(x);
        Assert.True(Reference.UlpDistance(y, Math.Tanh(x)) <= 1 || (double.IsNaN(x) && double.IsNaN(y)), $"tanh({x:R}) = {y:R}, Math.Tanh {Math.Tanh(x):R}");
        Assert.Equal(double.IsNegative(x), double.IsNegative(y));
    }

    [Fact]
    public void NegativeZero_AsMath()
    {
        Assert.Equal(1.0, FastMath.Exp(-0.0));
        Assert.Equal(double.NegativeInfinity, FastMath.Log(-0.0));
        Assert.True(double.IsNegative(FastMath.Tanh(-0.0)) && FastMath.Tanh(-0.0) == 0);
    }

    [Fact]
    public void Tables_ExpAndLogOfTablePoints_CorrectlyRounded()
    {
        // exp(j ln2/128) and ln(1 + j/128) are the tables' own points: they must come out correctly rounded.
        for (var j = 0; j <= 128; j++)
        {
            var f = 1 + (j / 128.0);
            Assert.True(Reference.UlpError(FastMath.Log(f), Reference.Log(f)) <= 0.5 + 1e-9, $"log({f:R})");
            Assert.True(Reference.UlpDistance(FastMath.Exp(j * 0.6931471805599453 / 128), Math.Pow(2, j / 128.0)) <= 1, $"2^({j}/128)");
        }
    }

    /// <summary>
    /// Over <see cref="Points"/> arguments from <paramref name="pick"/> (zeros skipped): the worst error against the
    /// double-double reference is under 1 ulp, and every result is within <see cref="MaxUlpsFromMath"/> of libm's.
    /// </summary>
    private static void AssertAccurate(
        string name, Func<double, double> fast, Func<double, double> libm, Func<double, DoubleDouble> reference, ulong seed, Pick pick)
    {
        var rng = new Xoshiro256StarStar(seed);
        var worst = 0.0;
        var worstX = 0.0;
        for (var i = 0; i < Points; i++)
        {
            var x = pick(ref rng, i);
            if (x == 0)
            {
                continue;
            }

            var y = fast(x);
            var error = Reference.UlpError(y, reference(x));
            if (error > worst)
            {
                (worst, worstX) = (error, x);
            }

            Assert.True(Reference.UlpDistance(y, libm(x)) <= MaxUlpsFromMath, $"{name}({x:R}) = {y:R}, System.Math {libm(x):R}");
        }

        Assert.True(worst < 1, $"worst {name} error {worst:F3} ulp at {worstX:R}");
    }
}
