using System.Text;

namespace Counterfactual.Experiments.Aggregation;

public sealed partial class AggregateState
{
    private const int Magic = 0x47414643; // "CFAG"
    private const int FormatVersion = 2;

    /// <summary>
    /// Writes the state in a stable little-endian binary format (magic, version, layout, worlds, arrays), for
    /// shards and resume. Reading it back and merging gives the same bits as never having written it.
    /// </summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Layout.Scenarios);
        writer.Write(Layout.Horizon);
        writer.Write(Layout.Claims);
        writer.Write(Layout.Conditioned);
        writer.Write(Worlds);
        Write(writer, States);
        Write(writer, MonthHistogram);
        Write(writer, NumericDefined);
        Write(writer, NumericSum);
        Write(writer, NumericSumOfSquares);
        Write(writer, NumericHistogram);
        Write(writer, TrajectoryDefined);
        Write(writer, TrajectorySum);
        foreach (var count in TrajectoryHistogram)
        {
            writer.Write(count);
        }

        foreach (var claim in Claims)
        {
            claim.Write(writer);
        }

        writer.Write(Accepted);
        foreach (var claim in ConditionedClaims)
        {
            claim.Write(writer);
        }
    }

    /// <summary>Reads a state written by <see cref="WriteTo"/>.</summary>
    /// <exception cref="InvalidDataException">Not a state, another format version, or truncated.</exception>
    public static AggregateState ReadFrom(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not an aggregate state of this format version.");
            }

            var layout = new AggregateLayout(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean());
            if (layout.Scenarios is < 1 or > 100_000 || layout.Horizon is < 0 or > 10_000 || layout.Claims is < 0 or > 100_000)
            {
                throw new InvalidDataException($"Implausible layout {layout}.");
            }

            var state = new AggregateState(layout) { Worlds = reader.ReadInt64() };
            Read(reader, state.States);
            Read(reader, state.MonthHistogram);
            Read(reader, state.NumericDefined);
            Read(reader, state.NumericSum);
            Read(reader, state.NumericSumOfSquares);
            Read(reader, state.NumericHistogram);
            Read(reader, state.TrajectoryDefined);
            Read(reader, state.TrajectorySum);
            for (var i = 0; i < state.TrajectoryHistogram.Length; i++)
            {
                state.TrajectoryHistogram[i] = reader.ReadInt32();
            }

            foreach (var claim in state.Claims)
            {
                claim.Read(reader);
            }

            state.Accepted = reader.ReadInt64();
            foreach (var claim in state.ConditionedClaims)
            {
                claim.Read(reader);
            }

            return state;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The aggregate state is truncated.", ex);
        }
    }

    internal static void WriteInt128(BinaryWriter writer, Int128 value)
    {
        writer.Write((ulong)value);
        writer.Write((ulong)(value >> 64));
    }

    internal static Int128 ReadInt128(BinaryReader reader)
    {
        var lower = reader.ReadUInt64();
        var upper = reader.ReadUInt64();
        return new Int128(upper, lower);
    }

    private static void Write(BinaryWriter writer, long[] values)
    {
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static void Write(BinaryWriter writer, Int128[] values)
    {
        foreach (var v in values)
        {
            WriteInt128(writer, v);
        }
    }

    private static void Read(BinaryReader reader, long[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt64();
        }
    }

    private static void Read(BinaryReader reader, Int128[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadInt128(reader);
        }
    }
}
