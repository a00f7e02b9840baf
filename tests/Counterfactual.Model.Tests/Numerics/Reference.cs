using Counterfactual.Model.Numerics;

namespace Counterfactual.Model.Tests.Numerics;

/// <summary>
/// Reference exp, log and tanh in double-double arithmetic (about 100 bits), independent of the C library,
/// and the distances in ulps that the FastMath tests assert.
/// </summary>
internal static class Reference
{
    /// <summary>e^x = 2^k e^r, r = x - k ln2 in double-double, for |x| ≤ 745.</summary>
    public static DoubleDouble Exp(double x)
    {
        var k = Math.Round(x / DoubleDouble.Ln2.Hi);
        var r = (DoubleDouble)x - (DoubleDouble.Ln2 * k);
        var e = DoubleDouble.Exp(r);
        var scale = Math.ScaleB(1.0, (int)k);
        return new DoubleDouble(e.Hi * scale, e.Lo * scale);
    }

    /// <summary>ln x = e ln2 + ln m, m in [1, 2), for a positive finite x.</summary>
    public static DoubleDouble Log(double x)
    {
        var e = Math.ILogB(x);
        var m = Math.ScaleB(x, -e);
        return DoubleDouble.Log(m) + (DoubleDouble.Ln2 * e);
    }

    /// <summary>tanh x = (e^2x - 1)/(e^2x + 1), for 0 &lt; |x| ≤ 20.</summary>
    public static DoubleDouble Tanh(double x)
    {
        var e = Exp(2 * x);
        return (e - 1) / (e + 1);
    }

    /// <summary>|value - reference| in ulps of the reference (a real number: 0.5 is correct rounding).</summary>
    public static double UlpError(double value, DoubleDouble reference)
    {
        var magnitude = Math.Abs(reference.Hi);
        var ulp = Math.BitIncrement(magnitude) - magnitude;
        return Math.Abs((value - reference.Hi) - reference.Lo) / ulp;
    }

    /// <summary>How many doubles apart two finite doubles are (0: the same double).</summary>
    public static long UlpDistance(double a, double b) => Math.Abs(Ordered(a) - Ordered(b));

    private static long Ordered(double d)
    {
        var bits = BitConverter.DoubleToInt64Bits(d);
        return bits >= 0 ? bits : -(bits & long.MaxValue);
    }
}
