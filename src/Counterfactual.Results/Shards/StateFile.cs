using System.Security.Cryptography;
using System.Text;
using Counterfactual.Experiments.Aggregation;

namespace Counterfactual.Results.Shards;

/// <summary>
/// <c>state.bin</c>: a shard's or an interrupted run's mergeable aggregate state, beside its CSVs.
/// </summary>
/// <remarks>
/// Format (little-endian, strings as .NET BinaryWriter length-prefixed UTF-8):
/// the 8 ASCII bytes <c>CFSTATE\n</c>; int32 file format version (1); the header (tool version, model
/// version, batch name, batch file, batch SHA-256 as strings; uint64 seed; int64 replications; string horizon;
/// int32 shard index, int32 shard count; int64 range from, range to, worlds done; int32 length + the batch file's
/// bytes); the aggregate state (<see cref="AggregateState.WriteTo"/>); and last the 32-byte SHA-256 of every
/// byte before it. Written to a temporary name and renamed, so the file is always whole; the checksum
/// catches any other damage.
/// </remarks>
public static class StateFile
{
    /// <summary>The file name inside a result directory.</summary>
    public const string FileName = "state.bin";

    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "CFSTATE\n"u8.ToArray();

    /// <summary>The path of the state file in <paramref name="directory"/>.</summary>
    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    /// <summary>Atomically writes <paramref name="header"/> and <paramref name="state"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, StateFileHeader header, AggregateState state)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(state);
        if (header.WorldsDone != state.Worlds)
        {
            throw new ArgumentException($"The header says {header.WorldsDone} worlds, the state holds {state.Worlds}.", nameof(header));
        }

        AtomicFile.Write(path, stream =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using (var buffered = new BufferedStream(new HashingStream(stream, hash), 1 << 16))
            {
                WriteHeader(buffered, header);
                state.WriteTo(buffered);
            }

            stream.Write(hash.GetHashAndReset());
        });
    }

    /// <summary>Reads only the header of a state file, after checking its checksum.</summary>
    /// <exception cref="InvalidDataException">Not a state file, another format version, truncated or corrupt.</exception>
    public static StateFileHeader ReadHeader(string path) => Read(path, readState: false).Header;

    /// <summary>Reads a state file written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Not a state file, another format version, truncated or corrupt.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static (StateFileHeader Header, AggregateState State) Read(string path)
    {
        var (header, state) = Read(path, readState: true);
        return (header, state!);
    }

    private static (StateFileHeader Header, AggregateState? State) Read(string path, bool readState)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Magic.Length + 4 + SHA256.HashSizeInBytes || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("not a counterfactual state file");
        }

        var body = bytes.AsMemory(0, bytes.Length - SHA256.HashSizeInBytes);
        if (!SHA256.HashData(body.Span).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            throw new InvalidDataException("the state file is corrupt (checksum mismatch)");
        }

        using var stream = new MemoryStream(bytes, 0, body.Length, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            stream.Position = Magic.Length;
            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"state file format {version} is not supported (this program reads format {FormatVersion})");
            }

            var header = ReadHeader(reader);
            if (!readState)
            {
                return (header, null);
            }

            var state = AggregateState.ReadFrom(stream);
            if (stream.Position != stream.Length || state.Worlds != header.WorldsDone)
            {
                throw new InvalidDataException("the state file's aggregate does not match its header");
            }

            return (header, state);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the state file is truncated", e);
        }
    }

    private static void WriteHeader(Stream stream, StateFileHeader h)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(h.ToolVersion);
        writer.Write(h.ModelVersion);
        writer.Write(h.BatchName);
        writer.Write(h.BatchFile);
        writer.Write(h.BatchSha256);
        writer.Write(h.Seed);
        writer.Write(h.Replications);
        writer.Write(h.Horizon);
        writer.Write(h.ShardIndex);
        writer.Write(h.ShardCount);
        writer.Write(h.RangeFrom);
        writer.Write(h.RangeTo);
        writer.Write(h.WorldsDone);
        writer.Write(h.BatchBytes.Length);
        writer.Write(h.BatchBytes.Span);
    }

    private static StateFileHeader ReadHeader(BinaryReader reader)
    {
        var tool = reader.ReadString();
        var model = reader.ReadString();
        var name = reader.ReadString();
        var file = reader.ReadString();
        var sha = reader.ReadString();
        var seed = reader.ReadUInt64();
        var replications = reader.ReadInt64();
        var horizon = reader.ReadString();
        var index = reader.ReadInt32();
        var count = reader.ReadInt32();
        var from = reader.ReadInt64();
        var to = reader.ReadInt64();
        var done = reader.ReadInt64();
        var length = reader.ReadInt32();
        if (length is < 0 or > 16 * 1024 * 1024)
        {
            throw new InvalidDataException("the state file's batch is implausibly large");
        }

        var batch = reader.ReadBytes(length);
        if (batch.Length != length)
        {
            throw new EndOfStreamException();
        }

        if (count < 1 || index < 0 || index >= count || from < 0 || to < from || done < 0 || done > to - from || replications < to)
        {
            throw new InvalidDataException($"the state file's shard {index}/{count}, range [{from}, {to}) or worlds done {done} are inconsistent");
        }

        return new StateFileHeader(tool, model, name, file, sha, seed, replications, horizon, index, count, from, to, done, batch);
    }
}
