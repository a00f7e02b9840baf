using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Counterfactual.Model.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018) as a mutable struct: no locks, no allocation, about 1 ns a
/// draw. Pass it by <c>ref</c>; copying the struct forks the stream (that is how every scenario of a
/// world starts from the same state).
/// </summary>
public struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A generator whose 256-bit state is filled from <paramref name="seed"/> by SplitMix64.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        _s0 = SplitMix64.At(seed, 0);
        _s1 = SplitMix64.At(seed, 1);
        _s2 = SplitMix64.At(seed, 2);
        _s3 = SplitMix64.At(seed, 3);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1;
        }
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in (0, 1): never exactly 0, safe for logarithms and inverse CDFs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/> (clamped to [0, 1]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>
    /// A standard normal deviate: the ziggurat method (Marsaglia and Tsang 2000) with 256 layers, as in
    /// Doornik's ZIGNOR. One 64-bit draw per deviate in about 98.8% of calls (8 bits pick the layer,
    /// 53 bits the signed abscissa); the rest take one or two more uniforms and an exp or log.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextNormal()
    {
        var bits = NextUInt64();
        var i = (int)(bits & 0xFF);
        var u = ((bits >> 11) * (1.0 / (1UL << 52))) - 1.0;

        // i ≤ 255 and X has 257 entries, so both reads are in range: no bounds checks on the hot path.
        ref var edges = ref MemoryMarshal.GetArrayDataReference(Ziggurat.X);
        var x = u * Unsafe.Add(ref edges, i);
        return Math.Abs(x) < Unsafe.Add(ref edges, i + 1) ? x : NextNormalSlow(i, u, x);
    }

    private double NextNormalSlow(int i, double u, double x)
    {
        while (true)
        {
            if (i == 0)
            {
                // The tail beyond R (Marsaglia 1964).
                double xt, y;
                do
                {
                    xt = Math.Log(NextOpenDouble()) / Ziggurat.R;
                    y = Math.Log(NextOpenDouble());
                }
                while (-2.0 * y < xt * xt);

                return u < 0 ? xt - Ziggurat.R : Ziggurat.R - xt;
            }

            if (Ziggurat.F[i + 1] + ((Ziggurat.F[i] - Ziggurat.F[i + 1]) * NextDouble()) < Math.Exp(-0.5 * x * x))
            {
                return x;
            }

            var bits = NextUInt64();
            i = (int)(bits & 0xFF);
            u = ((bits >> 11) * (1.0 / (1UL << 52))) - 1.0;
            x = u * Ziggurat.X[i];
            if (Math.Abs(x) < Ziggurat.X[i + 1])
            {
                return x;
            }
        }
    }

    /// <summary>
    /// A log-normal multiplier with median 1 and log-scale sd <paramref name="sigma"/>: the model's
    /// monthly noise on advances and losses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextLogNormal(double sigma) => Math.Exp(sigma * NextNormal());
}

/// <summary>The 256-layer ziggurat tables for the standard normal (layer edges X and densities F = exp(-X²/2)).</summary>
internal static class Ziggurat
{
    /// <summary>Start of the tail.</summary>
    public const double R = 3.6541528853610088;

    /// <summary>Area of each layer (and of the base strip with the tail).</summary>
    private const double V = 0.004928673233974658;

    /// <summary>Layer edges, X[0] = V / f(R) (the base strip's pseudo-width) down to X[256] = 0.</summary>
    public static readonly double[] X = BuildX();

    /// <summary>exp(-X²/2) at each edge.</summary>
    public static readonly double[] F = [.. X.Select(x => Math.Exp(-0.5 * x * x))];

    private static double[] BuildX()
    {
        var x = new double[257];
        x[0] = V / Math.Exp(-0.5 * R * R);
        x[1] = R;
        for (var i = 2; i < 256; i++)
        {
            x[i] = Math.Sqrt(-2.0 * Math.Log((V / x[i - 1]) + Math.Exp(-0.5 * x[i - 1] * x[i - 1])));
        }

        x[256] = 0;
        return x;
    }
}
