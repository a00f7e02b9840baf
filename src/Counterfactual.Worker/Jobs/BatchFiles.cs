using System.Globalization;
using System.Security.Cryptography;
using Counterfactual.Experiments.Batches;
using Counterfactual.Worker.Hosting;

namespace Counterfactual.Worker.Jobs;

/// <summary>A batch file as read from disk: its bytes, their SHA-256 and the parse result.</summary>
internal sealed record LoadedBatch(string Path, byte[] Bytes, string Sha256, BatchLoadResult Result);

/// <summary>Reads batch files with user-facing errors for every way a path can be wrong.</summary>
internal static class BatchFiles
{
    /// <summary>The batch <c>counterfactual run</c> runs when none is named.</summary>
    public const string DefaultBatch = "scenarios/essay-claim.json";

    /// <summary>Batch files are small; anything larger is refused before it is read.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>
    /// Starts <see cref="Load"/> of each path on the thread pool, so the files are parsed while the host starts;
    /// <see cref="Get"/> then waits for one (its exception, if any, is thrown there, as <see cref="Load"/> would).
    /// </summary>
    public static IReadOnlyDictionary<string, Task<LoadedBatch>> Prefetch(IEnumerable<string> paths)
    {
        var tasks = new Dictionary<string, Task<LoadedBatch>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            tasks.TryAdd(path, Task.Run(() => Load(path)));
        }

        return tasks;
    }

    /// <summary>The batch at <paramref name="path"/>: prefetched when it is in <paramref name="prefetched"/>, otherwise read now.</summary>
    public static LoadedBatch Get(string path, IReadOnlyDictionary<string, Task<LoadedBatch>> prefetched) =>
        prefetched.TryGetValue(path, out var task) ? task.GetAwaiter().GetResult() : Load(path);

    /// <summary>Reads and parses one batch file; file-system problems throw <see cref="UserInputException"/>.</summary>
    public static LoadedBatch Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UserInputException($"{path}: $: is a directory, not a batch file");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new UserInputException($"{path}: batch file not found");
        }

        if (info.Length > MaxBytes)
        {
            // "$" like every other whole-document error, so every refusal names a JSON path.
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"{path}: $: batch file is {info.Length:N0} bytes; the limit is {MaxBytes:N0}"));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot read the batch file ({e.Message})", e);
        }

        var sha = LowerHex(SHA256.HashData(bytes));
        return new LoadedBatch(path, bytes, sha, BatchLoader.Parse(bytes, path));
    }

    /// <summary>
    /// The bytes as lower-case hexadecimal, as <see cref="Convert.ToHexStringLower(byte[])"/> writes them; a plain loop,
    /// because the runtime's vectorised version is compiled on first use (about 7 ms of a run's start-up).
    /// </summary>
    internal static string LowerHex(ReadOnlySpan<byte> bytes)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
