using System.Runtime.CompilerServices;

namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// Argsorts of one dimension's values, as a stable sort by <see cref="Comparer{T}.Default"/> of double orders
/// them: ascending, NaN first, -0 equal to +0, equal values by point index. A least-significant-digit radix
/// sort of an order-preserving 64-bit key (stable, so ties keep the index order it starts from), with its
/// buffers reused from one dimension to the next. It also marks where each run of equal values starts, so
/// that walking the order needs no values to tell where they change. Equal values at consecutive indices (a
/// world's parameter repeated for each of its paired runs) are sorted once, by their first index, and then
/// expanded: their indices are consecutive, so the order is the same and the sort handles a sixteenth of the
/// points of a claim with 16 pairs.
/// </summary>
internal sealed class ValueOrder
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = (64 + DigitBits - 1) / DigitBits;
    private const ulong SignBit = 1UL << 63;

    private readonly int _n;
    private readonly ulong[] _keys;
    private readonly ulong[] _keysSwap;
    private readonly int[] _items;
    private readonly int[] _itemsSwap;
    private readonly int[] _runLength;
    private readonly int[] _counts = new int[Passes * Buckets];

    /// <summary>Sorts the first <paramref name="n"/> values of each array it is given.</summary>
    public ValueOrder(int n)
    {
        _n = n;
        _keys = new ulong[n];
        _keysSwap = new ulong[n];
        _items = new int[n];
        _itemsSwap = new int[n];
        _runLength = new int[n];
    }

    /// <summary>
    /// The point indices 0 .. n-1 ordered by their value; <paramref name="nanCount"/> NaNs lead the order. Bit p
    /// of <paramref name="runStarts"/> is set where position p's value differs from position p-1's (as == sees
    /// it: -0 equals +0, and NaN equals nothing), and at position 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called once per dimension per run: see PrimSearch.Peel
    public int[] Sort(double[] values, out int nanCount, out ulong[] runStarts)
    {
        // The heads: the first index of each run of equal keys at consecutive indices, with the run's length.
        var keys = _keys;
        var items = _items;
        Array.Clear(_counts);
        nanCount = 0;
        var heads = 0;
        for (var i = 0; i < _n; i++)
        {
            var key = Key(values[i]);
            nanCount += key == 0 ? 1 : 0;
            if (heads > 0 && key == keys[heads - 1])
            {
                _runLength[items[heads - 1]]++;
                continue;
            }

            keys[heads] = key;
            items[heads] = i;
            _runLength[i] = 1;
            heads++;
            for (var pass = 0; pass < Passes; pass++)
            {
                _counts[(pass * Buckets) + Digit(key, pass)]++;
            }
        }

        var keysOut = _keysSwap;
        var itemsOut = _itemsSwap;
        for (var pass = 0; pass < Passes && heads > 0; pass++)
        {
            var offset = pass * Buckets;
            if (_counts[offset + Digit(keys[0], pass)] == heads)
            {
                continue; // every key has this digit: the pass would not move anything
            }

            var start = 0;
            for (var b = offset; b < offset + Buckets; b++)
            {
                var count = _counts[b];
                _counts[b] = start;
                start += count;
            }

            for (var i = 0; i < heads; i++)
            {
                var slot = _counts[offset + Digit(keys[i], pass)]++;
                keysOut[slot] = keys[i];
                itemsOut[slot] = items[i];
            }

            (keys, keysOut) = (keysOut, keys);
            (items, itemsOut) = (itemsOut, items);
        }

        // Each head expands to its run's indices; a run of equal values starts at a head whose key differs from
        // the one before, and at every NaN (NaN equals nothing).
        var order = new int[_n];
        runStarts = new ulong[(_n + 63) >> 6];
        var p = 0;
        for (var h = 0; h < heads; h++)
        {
            var key = keys[h];
            var first = items[h];
            var end = p + _runLength[first];
            var startsRun = h == 0 || key != keys[h - 1];
            for (var i = first; p < end; i++, p++)
            {
                if (startsRun || key == 0)
                {
                    runStarts[p >> 6] |= 1UL << (p & 63);
                }

                order[p] = i;
                startsRun = false;
            }
        }

        return order;
    }

    /// <summary>Whether bit <paramref name="p"/> of <paramref name="runStarts"/> (from <see cref="Sort"/>) is set.</summary>
    public static bool StartsRun(ulong[] runStarts, int p) => ((runStarts[p >> 6] >> (p & 63)) & 1) != 0;

    private static int Digit(ulong key, int pass) => (int)((key >> (pass * DigitBits)) & (Buckets - 1));

    // An unsigned key in the value's order: 0 for NaN (below all others), the same key for -0 and +0.
    private static ulong Key(double v)
    {
        if (double.IsNaN(v))
        {
            return 0;
        }

        var bits = (ulong)BitConverter.DoubleToInt64Bits(v == 0 ? 0.0 : v);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }
}
