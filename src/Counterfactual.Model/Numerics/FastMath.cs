using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Counterfactual.Model.Numerics;

/// <summary>
/// The model's own exp, log, tanh and pow: table-driven, pure C#, no libm, so a replication gives the same bits
/// on every machine whatever its C library, and the monthly path pays no call into native code. Besides IEEE
/// additions, multiplications and divisions they use explicit fused multiply-adds (<see cref="Math.FusedMultiplyAdd"/>,
/// one rounding by definition: the same bits with or without FMA hardware, only slower without) for short
/// dependency chains; nothing is left to the compiler's contraction. Errors, measured against the
/// <see cref="DoubleDouble"/> reference over 200,000 points each in the tests: exp 0.51 ulp, log 0.99 ulp, tanh
/// 0.92 ulp at worst, and within 2 ulp of <see cref="Math"/>. Special values as <see cref="Math"/>: exp(-800) = 0,
/// exp(800) = +∞, log(0) = -∞, log(x &lt; 0) = NaN, NaN in gives NaN out.
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
        // Beyond ±704 the result may overflow, underflow or be subnormal: 2^k is no longer a normal double.
        // NaN fails the comparison too.
        if (!(Math.Abs(x) <= 704))
        {
            return ExpOutside(x);
        }

        // The scale 2^k goes into the table entry while the polynomial is evaluated (off the critical path).
        var shifted = Math.FusedMultiplyAdd(x, ExpInverseStep, Shifter);
        var n = (int)BitConverter.DoubleToInt64Bits(shifted);
        return ExpReduced(x, shifted - Shifter, n & (Intervals - 1), PowerOfTwo(n >> 7));
    }

    /// <summary>
    /// ln x. Tang's table-driven method: x = 2^e · m, m in [1, 2), c = 1/fl(1/F) for the nearest table point
    /// F = 1 + j/128, ln x = e ln2 + ln c + ln(1 + r), r = m/c - 1 = m·fl(1/F) - 1 in one fused operation (half an
    /// ulp of r, a quarter of the result's), and ln(1 + r) by its series to r⁷. The high parts e·ln2 + ln c add
    /// exactly, so there is no cancellation near 1.
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
    /// x^y as e^(y ln x), for x &gt; 0 (or x = 0 with y &gt; 0, giving 0). The error grows with |y ln x|: about
    /// that many ulps, against 0.5 for <see cref="Math.Pow"/>; the model's powers are of order 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pow(double x, double y) => Exp(y * Log(x));

    /// <summary>
    /// 2^(j/128) · e^r · <paramref name="scale"/> for the reduced argument: <paramref name="nd"/> is n as a double,
    /// r = x - n ln2/128 (exact high product, Cody and Waite), and <paramref name="scale"/> a power of two.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpReduced(double x, double nd, int j, double scale)
    {
        var r = Math.FusedMultiplyAdd(-nd, ExpStepLo, Math.FusedMultiplyAdd(-nd, ExpStepHi, x));
        ref var table = ref MemoryMarshal.GetReference(ExpTable);
        var hi = Unsafe.Add(ref table, 2 * j) * scale;
        var lo = Unsafe.Add(ref table, (2 * j) + 1) * scale;

        // e^r - 1 by its Taylor series to r⁵ (truncation below 2^-60 relative), in Estrin's form for a short
        // dependency chain: r + r²((1/2 + r/6) + r²(1/24 + r/120)).
        var r2 = r * r;
        var inner = Math.FusedMultiplyAdd(r2, Math.FusedMultiplyAdd(r, 1.0 / 120, 1.0 / 24), Math.FusedMultiplyAdd(r, 1.0 / 6, 0.5));
        var p = Math.FusedMultiplyAdd(r2, inner, r);
        return hi + Math.FusedMultiplyAdd(hi, p, lo);
    }

    /// <summary>exp for |x| &gt; 704 or NaN: the scale 2^k is applied in two exact halves, so overflow, underflow and subnormals come out right.</summary>
    /// <remarks>
    /// Inlined although cold: a call, even one never taken, makes the register allocator keep the caller's
    /// values in stack slots around every exp (all vector registers are caller-saved), and reload them on
    /// the hot path (4% of a replication).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

        var shifted = Math.FusedMultiplyAdd(x, ExpInverseStep, Shifter);
        var n = (int)BitConverter.DoubleToInt64Bits(shifted);
        var y = ExpReduced(x, shifted - Shifter, n & (Intervals - 1), 1);
        var k = n >> 7;
        var half = k / 2;
        return y * PowerOfTwo(half) * PowerOfTwo(k - half);
    }

    /// <summary>2^k for a k in the normal exponent range.</summary>
    /// <remarks>Forced inline: in a large caller the JIT's budget otherwise leaves a call (and the spills around it) inside every inlined exp.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double PowerOfTwo(int k) => BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);

    /// <summary>ln of a positive normal double given its bits, plus <paramref name="extraExponent"/> (for subnormals scaled up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogNormal(long bits, int extraExponent)
    {
        var e = (int)(bits >> 52) - 1023 + extraExponent;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);

        // j = the mantissa's first 7 bits, rounded by the 8th: F = 1 + j/128 is within 1/256 of m.
        var j = (int)(((bits >> 44) & 0xFF) + 1) >> 1;
        ref var entry = ref Unsafe.Add(ref MemoryMarshal.GetReference(LogTable), 3 * j);
        var r = Math.FusedMultiplyAdd(m, entry, -1);

        // ln(1 + r) - r by its Taylor series to r⁷ (|r| ≤ 2^-8), in Estrin's form:
        // r²((-1/2 + r/3) + r²((-1/4 + r/5) + r²(-1/6 + r/7))).
        var r2 = r * r;
        var inner = Math.FusedMultiplyAdd(r2, Math.FusedMultiplyAdd(r, 1.0 / 7, -1.0 / 6), Math.FusedMultiplyAdd(r, 0.2, -0.25));
        inner = Math.FusedMultiplyAdd(r2, inner, Math.FusedMultiplyAdd(r, 1.0 / 3, -0.5));
        var hi = Math.FusedMultiplyAdd(e, Ln2Hi, Unsafe.Add(ref entry, 1));
        var lo = Math.FusedMultiplyAdd(e, Ln2Lo, Unsafe.Add(ref entry, 2));
        return hi + (r + Math.FusedMultiplyAdd(r2, inner, lo));
    }

    /// <summary>ln for zero, subnormals, negatives, infinities and NaN.</summary>
    /// <remarks>Inlined although cold, for the reason given at <see cref="ExpOutside"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
