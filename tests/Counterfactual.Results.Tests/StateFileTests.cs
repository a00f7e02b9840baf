using Counterfactual.Experiments.Aggregation;
using Counterfactual.Model.Time;
using Counterfactual.Results.Shards;

namespace Counterfactual.Results.Tests;

/// <summary>state.bin: round trip, header fields, and every kind of damage detected.</summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cf-state-" + Guid.NewGuid().ToString("N")[..8]);

    public StateFileTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Write_ThenRead_GivesTheSameHeaderAndStateBytes()
    {
        var (header, state) = Sample();
        var path = StateFile.PathIn(_directory);

        StateFile.Write(path, header, state);
        var (readHeader, readState) = StateFile.Read(path);

        Assert.Equal(header with { BatchBytes = default }, readHeader with { BatchBytes = default });
        Assert.Equal(header.BatchBytes.ToArray(), readHeader.BatchBytes.ToArray());
        Assert.Equal(Bytes(state), Bytes(readState));
        Assert.Equal("2/5", readHeader.Shard);
        Assert.Empty(Directory.GetFiles(_directory, ".*.tmp"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(200)]
    [InlineData(-1)]
    public void Read_AnyFlippedByte_ThrowsInvalidData(int position)
    {
        var (header, state) = Sample();
        var path = StateFile.PathIn(_directory);
        StateFile.Write(path, header, state);
        var bytes = File.ReadAllBytes(path);
        bytes[position < 0 ? bytes.Length + position : position] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        Assert.Throws<InvalidDataException>(() => StateFile.Read(path));
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsInvalidData()
    {
        var (header, state) = Sample();
        var path = StateFile.PathIn(_directory);
        StateFile.Write(path, header, state);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^100]);

        Assert.Throws<InvalidDataException>(() => StateFile.Read(path));
    }

    [Fact]
    public void Write_HeaderWorldsDifferFromState_Throws()
    {
        var (header, state) = Sample();

        Assert.Throws<ArgumentException>(() => StateFile.Write(StateFile.PathIn(_directory), header with { WorldsDone = 5 }, state));
    }

    private static (StateFileHeader Header, AggregateState State) Sample()
    {
        var state = new AggregateState(new AggregateLayout(2, Calendar.FromYearMonth(1942, 12), 1));
        var header = new StateFileHeader(
            "1.0.0", "model-1", "small", "small.json", new string('a', 64), 7, 600, "1942-12", 2, 5, 240, 360, 0, "{\"name\":\"small\"}"u8.ToArray());
        return (header, state);
    }

    private static byte[] Bytes(AggregateState state)
    {
        using var stream = new MemoryStream();
        state.WriteTo(stream);
        return stream.ToArray();
    }
}
