using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Counterfactual.Model.Numerics;

/// <summary>
/// The model's own exp, log and tanh: table-driven, pure C#, IEEE additions, multiplications and divisions
/// only (no fused multiply-add, no libm), so a replication gives the same bits on every machine whatever its
/// C library, and the monthly path pays no call into native code. Errors (measured against the
/// <see cref="DoubleDouble"/> reference over 200,000 points each in the tests): exp 0.51 ulp, log 0.76 ulp,
/// tanh 0.91 ulp at worst, and within 2 ulp of <see cref="Math"/>. Special values as <see cref="Math"/>: exp(-800) = 0, exp(800) = +∞,
/// log(0) = -∞, log(x &lt; 0) = NaN, NaN in gives NaN out.
/// </summary>
internal static partial class FastMath
{
    /// <summary>
    /// e^x. Tang's table-driven method: x = (128k + j) ln2/128 + r with a Cody-Waite reduction, |r| ≤ ln2/256,
    /// e^x = 2^k · 2^(j/128) · (1 + r + r²/2 + ... + r⁵/120); the table's low parts keep the error under 1 ulp.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp(double x)
    {
        // Beyond ±704 the result may overflow, underflow or be subnormal: the exponent can no longer
        // be added to the bits. NaN fails the comparison too.
        if (!(Math.Abs(x) <= 704))
        {
            return ExpOutside(x);
        }

        var shifted = (x * ExpInverseStep) + Shifter;
        var n = (int)BitConverter.DoubleToInt64Bits(shifted);
        var y = ExpReduced(x, shifted - Shifter, n & (Intervals - 1));
        return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(y) + ((long)(n >> 7) << 52));
    }

    /// <summary>
    /// ln x. Tang's table-driven method: x = 2^e · m, m in [1, 2), F = 1 + j/128 the nearest table point,
    /// ln x = e ln2 + ln F + ln(1 + u), u = (m - F)/F computed to about 2^-97 (a 44-bit quotient whose product
    /// with F is exact, plus the correction from the exact remainder) and ln(1 + u) by its series to u⁷.
    /// The high parts e·ln2 + ln F add exactly, so there is no cancellation near 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);

        // Positive normal numbers only; zero, subnormals, negatives, infinities and NaN go the slow way.
        if ((ulong)(bits - 0x0010000000000000L) >= 0x7FE0000000000000UL)
        {
            return LogOutside(x);
        }

        return LogNormal(bits, 0);
    }

    /// <summary>
    /// tanh x. For |x| ≥ 1 as 1 - 2/(e^(2|x|) + 1) (the quotient is under 0.24, so its error shrinks in the
    /// subtraction); below, as E/(E + 2) with E = e^(2|x|) - 1 from the exp table without cancellation; ±1
    /// beyond 22, x itself below 2^-28.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tanh(double x)
    {
        var a = Math.Abs(x);
        double t;
        if (a >= 1)
        {
            t = a < 22 ? 1 - (2 / (Exp(a + a) + 1)) : 1;
        }
        else if (a >= 1.0 / (1 << 28))
        {
            t = TanhSmall(a);
        }
        else
        {
            // tanh x = x (1 - x²/3 + ...) rounds to x; NaN lands here and stays NaN.
            return x;
        }

        return Math.CopySign(t, x);
    }

    /// <summary>
    /// 2^(j/128) · e^r for the reduced argument: <paramref name="nd"/> is n as a double, r = x - n ln2/128
    /// (exact high product, Cody and Waite), so the result lies in [0.99, 2.01).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpReduced(double x, double nd, int j)
    {
        var r = (x - (nd * ExpStepHi)) - (nd * ExpStepLo);
        var p = ExpPolynomial(r);
        ref var table = ref MemoryMarshal.GetArrayDataReference(ExpTable);
        var hi = Unsafe.Add(ref table, 2 * j);
        var lo = Unsafe.Add(ref table, (2 * j) + 1);
        return hi + ((hi * p) + lo);
    }

    /// <summary>e^r - 1 for |r| ≤ ln2/256 (Taylor to r⁵: truncation below 2^-60 relative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpPolynomial(double r) =>
        r + (r * r * (0.5 + (r * ((1.0 / 6) + (r * ((1.0 / 24) + (r * (1.0 / 120))))))));

    /// <summary>
    /// tanh a for 2^-28 ≤ a &lt; 1 as E/(E + 2), E = e^(2a) - 1 = (2^k T - 1) + 2^k T r + 2^k (T (e^r - 1 - r) + T_lo e^r)
    /// with k in 0..2 and r = rHi + rLo (rHi = 2a - n·ln2hi/128 exact): the first term is exact, T·rHi exact by
    /// Dekker's product (an ulp of r is half an ulp of a small E), so E is carried as a
    /// pair with no cancellation; the quotient gets one correction from its exact remainder. The series of
    /// e^r - 1 - r goes to r⁶ (r⁶/720 is more than an ulp of a small E).
    /// </summary>
    private static double TanhSmall(double a)
    {
        var x = a + a;
        var shifted = (x * ExpInverseStep) + Shifter;
        var n = (int)BitConverter.DoubleToInt64Bits(shifted);
        var j = n & (Intervals - 1);
        var scale = (double)(1 << (n >> 7));
        var nd = shifted - Shifter;
        var rHi = x - (nd * ExpStepHi);
        var rLo = -(nd * ExpStepLo);
        var r = rHi + rLo;
        var tail = r * r * (0.5 + (r * ((1.0 / 6) + (r * ((1.0 / 24) + (r * ((1.0 / 120) + (r * (1.0 / 720)))))))));
        ref var table = ref MemoryMarshal.GetArrayDataReference(ExpTable);
        var hi = Unsafe.Add(ref table, 2 * j);
        var lo = Unsafe.Add(ref table, (2 * j) + 1);
        var (hr, hrLo) = DoubleDouble.TwoProd(hi, rHi);
        var (s, sLo) = DoubleDouble.TwoSum((scale * hi) - 1, scale * hr);
        var (e, eLo) = DoubleDouble.TwoSum(s, sLo + (scale * ((hi * (tail + rLo)) + (lo * (1 + r)) + hrLo)));
        var (d, dLo) = DoubleDouble.TwoSum(e, 2);
        dLo += eLo;
        var q = e / d;
        var (qd, qdLo) = DoubleDouble.TwoProd(q, d);
        return q + ((((e - qd) - qdLo) + eLo - (q * dLo)) / d);
    }

    /// <summary>exp for |x| &gt; 704 or NaN: the scale 2^k is applied in two exact halves, so overflow, underflow and subnormals come out right.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ExpOutside(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 710)
        {
            return double.PositiveInfinity;
        }

        if (x < -746)
        {
            return 0;
        }

        var shifted = (x * ExpInverseStep) + Shifter;
        var n = (int)BitConverter.DoubleToInt64Bits(shifted);
        var y = ExpReduced(x, shifted - Shifter, n & (Intervals - 1));
        var k = n >> 7;
        var half = k / 2;
        return y * PowerOfTwo(half) * PowerOfTwo(k - half);
    }

    /// <summary>2^k for a k in the normal exponent range.</summary>
    private static double PowerOfTwo(int k) => BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);

    /// <summary>ln of a positive normal double given its bits, plus <paramref name="extraExponent"/> (for subnormals scaled up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogNormal(long bits, int extraExponent)
    {
        var e = (int)(bits >> 52) - 1023 + extraExponent;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);

        // j = the mantissa's first 7 bits, rounded by the 8th: F = 1 + j/128 is within 1/256 of m.
        var j = (int)(((bits >> 44) & 0xFF) + 1) >> 1;
        ref var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(LogTable), 4 * j);
        var f = entry;
        var inverse = Unsafe.Add(ref entry, 1);
        var d = m - f;

        // u = d/F: a 44-bit quotient uHi (uHi·F, at most 52 bits, is exact; so is d - uHi·F), then the rest.
        var uHi = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(d * inverse) & ~0x1FFL);
        var uLo = (d - (uHi * f)) * inverse;
        var u = uHi + uLo;
        var u2 = u * u;
        var series = u2 * (-0.5 + (u * ((1.0 / 3) + (u * (-0.25 + (u * (0.2 + (u * ((-1.0 / 6) + (u * (1.0 / 7)))))))))));
        var hi = (e * Ln2Hi) + Unsafe.Add(ref entry, 2);
        var lo = (e * Ln2Lo) + Unsafe.Add(ref entry, 3);
        return hi + (uHi + (uLo + (series + lo)));
    }

    /// <summary>ln for zero, subnormals, negatives, infinities and NaN.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double LogOutside(double x)
    {
        if (double.IsNaN(x) || x < 0)
        {
            return double.NaN;
        }

        if (x == 0)
        {
            return double.NegativeInfinity;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        // Subnormal: scale into the normal range by 2^54 (exact) and take 54 off the exponent.
        return LogNormal(BitConverter.DoubleToInt64Bits(x * (1L << 54)), -54);
    }
}
