using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Counterfactual.Model.Numerics;

/// <summary>tanh, from the exp table of <see cref="FastMath"/>.</summary>
internal static partial class FastMath
{
    /// <summary>
    /// tanh x. For |x| ≥ 1 as 1 - 2/(e^(2|x|) + 1) (the quotient is under 0.24, so its error shrinks in the
    /// subtraction); below, as E/(E + 2) with E = e^(2|x|) - 1 from the exp table without cancellation; ±1
    /// beyond 22, x itself below 2^-28.
    /// </summary>
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
    /// tanh a for 2^-28 ≤ a &lt; 1 as E/(E + 2), with
    /// E = e^(2a) - 1 = (2^k T - 1) + 2^k T r + 2^k (T (e^r - 1 - r) + T_lo e^r), k in 0..2, r = rHi + rLo
    /// (rHi = 2a - n·ln2hi/128 exact): the first term is exact and T·rHi exact as a pair (an ulp of r is half an
    /// ulp of a small E), so E is carried as a pair with no cancellation; the quotient gets one correction from
    /// its exact remainder (no second division). The series of e^r - 1 - r goes to r⁶ (r⁶/720 is more than an
    /// ulp of a small E).
    /// </summary>
    private static double TanhSmall(double a)
    {
        var x = a + a;
        var shifted = Math.FusedMultiplyAdd(x, ExpInverseStep, Shifter);
        var n = (int)BitConverter.DoubleToInt64Bits(shifted);
        var j = n & (Intervals - 1);
        var scale = (double)(1 << (n >> 7));
        var nd = shifted - Shifter;
        var rHi = Math.FusedMultiplyAdd(-nd, ExpStepHi, x);
        var rLo = -(nd * ExpStepLo);
        var r = rHi + rLo;
        var r2 = r * r;
        var inner = Math.FusedMultiplyAdd(r2, Math.FusedMultiplyAdd(r, 1.0 / 720, 1.0 / 120), Math.FusedMultiplyAdd(r, 1.0 / 24, 1.0 / 6));
        var tail = r2 * Math.FusedMultiplyAdd(r, inner, 0.5);
        ref var table = ref MemoryMarshal.GetReference(ExpTable);
        var hi = Unsafe.Add(ref table, 2 * j);
        var lo = Unsafe.Add(ref table, (2 * j) + 1);
        var hr = hi * rHi;
        var hrLo = Math.FusedMultiplyAdd(hi, rHi, -hr);

        // E = e + eLo by two of Dekker's fast two-sums: |2^k T - 1| ≥ |2^k T r| (k ≥ 1, or T - 1 ≥ 2^(1/128) - 1
        // > 2 |r| for j ≥ 1, or 0 for n = 0), and the rest (of order r²) is smaller still.
        var big = (scale * hi) - 1;
        var s = big + (scale * hr);
        var rest = ((big - s) + (scale * hr)) + (scale * (Math.FusedMultiplyAdd(hi, tail + rLo, lo * (1 + r)) + hrLo));
        var e = s + rest;
        var eLo = (s - e) + rest;

        // d + dLo = E + 2, the larger of e and 2 first for the fast two-sum.
        var d = e + 2;
        var dLo = ((Math.Max(e, 2) - d) + Math.Min(e, 2)) + eLo;
        var q = e / d;

        // e - q·d is exact in one fused operation (the remainder of a rounded quotient is a double); the
        // correction divides it by d, and 1/d = (1 - tanh)/2 ≈ (1 - q)/2 is plenty for a term of an ulp.
        return q + ((Math.FusedMultiplyAdd(-q, d, e) + eLo - (q * dLo)) * (1 - q) * 0.5);
    }
}
