namespace Counterfactual.Model.Numerics;

/// <summary>
/// An unevaluated sum <c>Hi + Lo</c> of two doubles (|Lo| ≤ half an ulp of Hi): about 106 bits, from
/// IEEE additions, multiplications and divisions alone, so the same bits on every machine. Used once,
/// to build <see cref="FastMath"/>'s tables from first principles (no libm), and by its tests as a
/// reference. Error-free transformations of Knuth (TwoSum) and Dekker (splitting, TwoProd); no fused
/// multiply-add, so nothing depends on the hardware. Slow; not for the hot path.
/// </summary>
internal readonly record struct DoubleDouble(double Hi, double Lo)
{
    /// <summary>Veltkamp's splitter 2^27 + 1: splits a double into two 26-bit halves.</summary>
    private const double Splitter = 134217729.0;

    /// <summary>2^-110: series terms below this no longer change a double-double.</summary>
    private const double Negligible = 1.0 / (1L << 55) / (1L << 55);

    /// <summary>The value rounded to the nearest double.</summary>
    public double Value => Hi + Lo;

    public static implicit operator DoubleDouble(double x) => new(x, 0);

    public static DoubleDouble operator +(DoubleDouble x, DoubleDouble y)
    {
        var (s, e) = TwoSum(x.Hi, y.Hi);
        var (t, f) = TwoSum(x.Lo, y.Lo);
        (s, e) = QuickTwoSum(s, e + t);
        return Normalised(s, e + f);
    }

    public static DoubleDouble operator -(DoubleDouble x) => new(-x.Hi, -x.Lo);

    public static DoubleDouble operator -(DoubleDouble x, DoubleDouble y) => x + (-y);

    public static DoubleDouble operator *(DoubleDouble x, DoubleDouble y)
    {
        var (p, e) = TwoProd(x.Hi, y.Hi);
        return Normalised(p, e + ((x.Hi * y.Lo) + (x.Lo * y.Hi)));
    }

    /// <summary>Long division: a quotient digit of 53 bits, then two corrections from the exact remainder.</summary>
    public static DoubleDouble operator /(DoubleDouble x, DoubleDouble y)
    {
        var q1 = x.Hi / y.Hi;
        var r = x - (y * q1);
        var q2 = r.Hi / y.Hi;
        r -= y * q2;
        var q3 = r.Hi / y.Hi;
        return Normalised(q1, q2) + q3;
    }

    /// <summary>ln 2 = 2 atanh(1/3).</summary>
    public static DoubleDouble Ln2 { get; } = Log((DoubleDouble)2);

    /// <summary>
    /// ln x for x in [1, 2] by the series 2 atanh(s) = 2 (s + s³/3 + s⁵/5 + ...), s = (x - 1)/(x + 1) ≤ 1/3,
    /// summed until the terms fall below 2^-110.
    /// </summary>
    public static DoubleDouble Log(DoubleDouble x)
    {
        var s = (x - 1) / (x + 1);
        var s2 = s * s;
        var power = s;
        DoubleDouble sum = 0;
        for (var k = 1; Math.Abs(power.Hi) > Negligible * k; k += 2)
        {
            sum += power / k;
            power *= s2;
        }

        return sum + sum;
    }

    /// <summary>e^x for |x| ≤ 1 by its Taylor series, summed until the terms fall below 2^-110.</summary>
    public static DoubleDouble Exp(DoubleDouble x)
    {
        DoubleDouble sum = 1;
        DoubleDouble term = 1;
        for (var n = 1; Math.Abs(term.Hi) > Negligible; n++)
        {
            term = term * x / n;
            sum += term;
        }

        return sum;
    }

    /// <summary>Knuth's TwoSum: s + e = a + b exactly, s = fl(a + b).</summary>
    private static (double S, double E) TwoSum(double a, double b)
    {
        var s = a + b;
        var bb = s - a;
        return (s, (a - (s - bb)) + (b - bb));
    }

    /// <summary>TwoSum when |a| ≥ |b|.</summary>
    private static (double S, double E) QuickTwoSum(double a, double b)
    {
        var s = a + b;
        return (s, b - (s - a));
    }

    /// <summary>Dekker's TwoProd: p + e = a · b exactly, p = fl(a · b) (no FMA).</summary>
    private static (double P, double E) TwoProd(double a, double b)
    {
        var p = a * b;
        var (ah, al) = Split(a);
        var (bh, bl) = Split(b);
        return (p, ((((ah * bh) - p) + (ah * bl)) + (al * bh)) + (al * bl));
    }

    /// <summary>Veltkamp's split of a into two halves of at most 26 significant bits.</summary>
    private static (double Hi, double Lo) Split(double a)
    {
        var c = Splitter * a;
        var hi = c - (c - a);
        return (hi, a - hi);
    }

    private static DoubleDouble Normalised(double hi, double lo)
    {
        var (s, e) = QuickTwoSum(hi, lo);
        return new DoubleDouble(s, e);
    }
}
