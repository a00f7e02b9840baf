using System.Text;
using System.Text.Unicode;
using Counterfactual.Experiments.Batches.Json;

namespace Counterfactual.Experiments.Batches;

/// <summary>
/// Reads batch files (JSON with comments and trailing commas). Collects every error with its JSON path
/// and line; never throws for bad input. Knows no files: the caller reads the bytes.
/// </summary>
public static class BatchLoader
{
    /// <summary>Largest accepted batch file, in bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Parses batch text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A label for error messages, usually the file name.</param>
    public static BatchLoadResult Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxBytes)
        {
            return Fail(source, "$", null, $"the file is larger than {MaxBytes / 1024 / 1024} MB; batch files are small");
        }

        return Parse(Encoding.UTF8.GetBytes(json), source);
    }

    /// <summary>Parses a batch file's bytes (UTF-8, an optional byte-order mark is skipped).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">A label for error messages, usually the file name.</param>
    public static BatchLoadResult Parse(ReadOnlySpan<byte> utf8, string source)
    {
        source ??= "batch";
        if (utf8.Length > MaxBytes)
        {
            return Fail(source, "$", null, $"the file is larger than {MaxBytes / 1024 / 1024} MB; batch files are small");
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!Utf8.IsValid(utf8))
        {
            return Fail(source, "$", null, "the file is not valid UTF-8 text");
        }

        var lines = new LineMap(utf8);
        var root = JTreeReader.Read(utf8, lines, out var syntax, out var syntaxLine);
        if (root is null)
        {
            return Fail(source, "$", syntaxLine, syntax ?? "the document is empty");
        }

        try
        {
            return new BatchValidator(source).Validate(root);
        }
#pragma warning disable CA1031 // a validator bug must still come back as a clean error, never a crash
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail(source, "$", null, "internal error while validating: " + ex.Message);
        }
    }

    private static BatchLoadResult Fail(string source, string path, long? line, string message) =>
        new(null, [new BatchError(source, path, line, message)]);
}
