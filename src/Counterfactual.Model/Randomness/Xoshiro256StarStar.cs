using System.Runtime.CompilerServices;

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
    private double _spareNormal;
    private bool _hasSpare;

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

        _spareNormal = 0;
        _hasSpare = false;
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

    /// <summary>A standard normal deviate (Marsaglia polar method, second value cached).</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2.0 * NextDouble()) - 1.0;
            v = (2.0 * NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        var m = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * m;
        _hasSpare = true;
        return u * m;
    }

    /// <summary>
    /// A log-normal multiplier with median 1 and log-scale sd <paramref name="sigma"/>: the model's
    /// monthly noise on advances and losses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextLogNormal(double sigma) => Math.Exp(sigma * NextNormal());
}
