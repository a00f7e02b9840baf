using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// A keyed pseudo-random permutation of [0, n) with O(1) memory: a 4-round Feistel network on the smallest
/// even-bit power-of-two domain covering n, with cycle walking. Used to stratify Latin hypercube samples
/// without storing a permutation of R elements.
/// </summary>
internal sealed class LhsPermutation
{
    private readonly long _n;
    private readonly int _halfBits;
    private readonly ulong _mask;
    private readonly ulong[] _keys = new ulong[4];

    public LhsPermutation(long n, ulong seed, int parameter)
    {
        _n = n;
        var bits = 2;
        while ((1L << bits) < n)
        {
            bits++;
        }

        _halfBits = (bits + 1) / 2;
        _mask = (1UL << _halfBits) - 1;
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = SplitMix64.Mix(SplitMix64.At(seed ^ 0x4C48535045524D55UL, (ulong)((parameter * 4) + i)));
        }
    }

    /// <summary>The image of <paramref name="index"/> in [0, n).</summary>
    public long Map(long index)
    {
        var x = (ulong)index;
        do
        {
            x = Encrypt(x);
        }
        while (x >= (ulong)_n);

        return (long)x;
    }

    private ulong Encrypt(ulong x)
    {
        var left = x >> _halfBits;
        var right = x & _mask;
        foreach (var key in _keys)
        {
            var next = left ^ (SplitMix64.Mix(right ^ key) & _mask);
            left = right;
            right = next;
        }

        return (left << _halfBits) | right;
    }
}
