using System.Runtime.CompilerServices;

namespace Counterfactual.Experiments.Aggregation;

/// <summary>
/// Paired statistics of one claim over worlds: per world, the sums over the claim's pairs of A's and B's
/// values (fixed point) and of their difference; for probabilities also the paired 2x2 table (single pair).
/// Exact integers, so merging is order-independent. For median claims (month metrics) it also keeps exact
/// histograms, keyed by month index: of the per-world paired difference D = sum over pairs of (B - A), and of
/// the per-world sums over pairs of A and of B. Their size is bounded by the horizon, never by the worlds.
/// </summary>
public sealed class ClaimAccumulator
{
    /// <summary>Worlds where the value was defined in every pair.</summary>
    public long N { get; internal set; }

    /// <summary>Sum over worlds of the sum over pairs of A's value (fixed point).</summary>
    public Int128 SumA { get; internal set; }

    /// <summary>Same for B.</summary>
    public Int128 SumB { get; internal set; }

    /// <summary>Sum over worlds of D = sum over pairs of (B - A) (fixed point).</summary>
    public Int128 SumD { get; internal set; }

    /// <summary>Sum over worlds of D squared (fixed point squared).</summary>
    public Int128 SumD2 { get; internal set; }

    /// <summary>Paired table (single-pair probability claims): A and B.</summary>
    public long Both { get; internal set; }

    /// <summary>A only.</summary>
    public long OnlyA { get; internal set; }

    /// <summary>B only.</summary>
    public long OnlyB { get; internal set; }

    /// <summary>Neither.</summary>
    public long Neither { get; internal set; }

    /// <summary>Median claims: count of worlds by paired difference D (sum over pairs of B - A, in months).</summary>
    public IReadOnlyDictionary<long, long> Differences => _differences;

    /// <summary>Median claims: count of worlds by the sum over pairs of A's month index.</summary>
    public IReadOnlyDictionary<long, long> ValuesA => _valuesA;

    /// <summary>Median claims: count of worlds by the sum over pairs of B's month index.</summary>
    public IReadOnlyDictionary<long, long> ValuesB => _valuesB;

    private readonly Dictionary<long, long> _differences = [];
    private readonly Dictionary<long, long> _valuesA = [];
    private readonly Dictionary<long, long> _valuesB = [];

    /// <summary>Adds one world of a median claim (month sums over pairs).</summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void AddMedianWorld(long sumA, long sumB)
    {
        N++;
        Increment(_differences, sumB - sumA, 1);
        Increment(_valuesA, sumA, 1);
        Increment(_valuesB, sumB, 1);
    }

    private static void Increment(Dictionary<long, long> counts, long key, long by)
    {
        counts[key] = counts.GetValueOrDefault(key) + by;
    }

    /// <summary>Resets every count, sum and histogram (a worker's accumulator reused between segments).</summary>
    internal void Clear()
    {
        _differences.Clear();
        _valuesA.Clear();
        _valuesB.Clear();
        N = 0;
        SumA = 0;
        SumB = 0;
        SumD = 0;
        SumD2 = 0;
        Both = 0;
        OnlyA = 0;
        OnlyB = 0;
        Neither = 0;
    }

    internal void Merge(ClaimAccumulator other)
    {
        foreach (var (k, v) in other._differences)
        {
            Increment(_differences, k, v);
        }

        foreach (var (k, v) in other._valuesA)
        {
            Increment(_valuesA, k, v);
        }

        foreach (var (k, v) in other._valuesB)
        {
            Increment(_valuesB, k, v);
        }

        N += other.N;
        SumA += other.SumA;
        SumB += other.SumB;
        SumD += other.SumD;
        SumD2 += other.SumD2;
        Both += other.Both;
        OnlyA += other.OnlyA;
        OnlyB += other.OnlyB;
        Neither += other.Neither;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(N);
        AggregateState.WriteInt128(writer, SumA);
        AggregateState.WriteInt128(writer, SumB);
        AggregateState.WriteInt128(writer, SumD);
        AggregateState.WriteInt128(writer, SumD2);
        writer.Write(Both);
        writer.Write(OnlyA);
        writer.Write(OnlyB);
        writer.Write(Neither);
        WriteCounts(writer, _differences);
        WriteCounts(writer, _valuesA);
        WriteCounts(writer, _valuesB);
    }

    private static void WriteCounts(BinaryWriter writer, Dictionary<long, long> counts)
    {
        writer.Write(counts.Count);
        foreach (var key in counts.Keys.Order())
        {
            writer.Write(key);
            writer.Write(counts[key]);
        }
    }

    private static void ReadCounts(BinaryReader reader, Dictionary<long, long> counts)
    {
        counts.Clear();
        var n = reader.ReadInt32();
        if (n is < 0 or > 10_000_000)
        {
            throw new InvalidDataException($"Implausible histogram size {n}.");
        }

        for (var i = 0; i < n; i++)
        {
            var key = reader.ReadInt64();
            counts[key] = reader.ReadInt64();
        }
    }

    internal void Read(BinaryReader reader)
    {
        N = reader.ReadInt64();
        SumA = AggregateState.ReadInt128(reader);
        SumB = AggregateState.ReadInt128(reader);
        SumD = AggregateState.ReadInt128(reader);
        SumD2 = AggregateState.ReadInt128(reader);
        Both = reader.ReadInt64();
        OnlyA = reader.ReadInt64();
        OnlyB = reader.ReadInt64();
        Neither = reader.ReadInt64();
        ReadCounts(reader, _differences);
        ReadCounts(reader, _valuesA);
        ReadCounts(reader, _valuesB);
    }
}
