namespace Counterfactual.Experiments.Aggregation;

/// <summary>
/// Paired statistics of one claim over worlds: per world, the sums over the claim's pairs of A's and B's
/// values (fixed point) and of their difference; for probabilities also the paired 2x2 table (single pair).
/// Exact integers, so merging is order-independent.
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

    internal void Merge(ClaimAccumulator other)
    {
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
    }
}
