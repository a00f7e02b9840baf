using System.Globalization;
using System.Text.Json;
using Counterfactual.Experiments.Output;

namespace Counterfactual.Results;

/// <summary>
/// <c>manifest.json</c>: every <see cref="RunManifest"/> field under a snake_case key, in a fixed order,
/// indented with two spaces and "\n" line ends, timestamps as ISO 8601 UTC (<c>2025-01-31T12:00:00.0000000Z</c>),
/// followed by <c>files</c>, the result files written besides the manifest.
/// </summary>
public static class ManifestJson
{
    /// <summary>The keys in file order, with their codebook entries (file = manifest.json).</summary>
    internal static readonly IReadOnlyList<ColumnSpec> Keys =
    [
        new("tool", "string", "", "Name of the program that wrote the result set."),
        new("tool_version", "string", "", "Version of the program."),
        new("model_version", "string", "", "Version of the strategic model; results of different model versions are not comparable without care."),
        new("batch_name", "string", "", "Name of the batch (also the results directory name)."),
        new("batch_file", "string", "", "Path of the batch file as given."),
        new("batch_sha256", "string", "hex", "SHA-256 of the batch file's bytes."),
        new("seed", "integer", "", "Batch seed; every random stream derives from it and the replication index."),
        new("replications", "integer", "replications", "Replications per scenario requested."),
        new("replications_completed", "integer", "replications", "Replications per scenario actually run (less than replications when cancelled)."),
        new("scenarios", "integer", "scenarios", "Number of scenarios."),
        new("horizon", "month", "YYYY-MM", "Last simulated month."),
        new("shard", "string", "K/N", "The shard this directory holds, or null for a whole run."),
        new("complete", "bool", "true/false", "false when the run was interrupted; the CSVs then hold a consistent partial result."),
        new("started_utc", "timestamp", "ISO 8601 UTC", "When the run started (wall clock; nothing in the CSVs depends on it)."),
        new("finished_utc", "timestamp", "ISO 8601 UTC", "When the run finished or stopped."),
        new("git_commit", "string", "", "Source commit of the program, or null when unknown."),
        new("threads", "integer", "threads", "Worker threads used (the CSVs are identical for any thread count)."),
        new("files", "string list", "", "The result files written besides manifest.json."),
    ];

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        IndentSize = 2,

        // Paths and statements stay readable (this is a file, not HTML): only what JSON requires is escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The UTF-8 bytes of manifest.json (with a final newline).</summary>
    public static byte[] Serialize(RunManifest manifest, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(files);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("tool", manifest.Tool);
            json.WriteString("tool_version", manifest.ToolVersion);
            json.WriteString("model_version", manifest.ModelVersion);
            json.WriteString("batch_name", manifest.BatchName);
            json.WriteString("batch_file", manifest.BatchFile);
            json.WriteString("batch_sha256", manifest.BatchSha256);
            json.WriteNumber("seed", manifest.Seed);
            json.WriteNumber("replications", manifest.Replications);
            json.WriteNumber("replications_completed", manifest.ReplicationsCompleted);
            json.WriteNumber("scenarios", manifest.Scenarios);
            json.WriteString("horizon", manifest.Horizon);
            WriteNullable(json, "shard", manifest.Shard);
            json.WriteBoolean("complete", manifest.Complete);
            json.WriteString("started_utc", FormatTimestamp(manifest.StartedUtc));
            json.WriteString("finished_utc", FormatTimestamp(manifest.FinishedUtc));
            WriteNullable(json, "git_commit", manifest.GitCommit);
            json.WriteNumber("threads", manifest.Threads);
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads manifest.json back: the manifest and its list of files.</summary>
    /// <exception cref="InvalidDataException">A key is missing or has the wrong type.</exception>
    public static (RunManifest Manifest, IReadOnlyList<string> Files) Deserialize(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        try
        {
            var manifest = new RunManifest(
                Tool: Text(root, "tool"),
                ToolVersion: Text(root, "tool_version"),
                ModelVersion: Text(root, "model_version"),
                BatchName: Text(root, "batch_name"),
                BatchFile: Text(root, "batch_file"),
                BatchSha256: Text(root, "batch_sha256"),
                Seed: Get(root, "seed").GetUInt64(),
                Replications: Get(root, "replications").GetInt64(),
                ReplicationsCompleted: Get(root, "replications_completed").GetInt64(),
                Scenarios: Get(root, "scenarios").GetInt32(),
                Horizon: Text(root, "horizon"),
                Shard: Get(root, "shard").GetString(),
                Complete: Get(root, "complete").GetBoolean(),
                StartedUtc: ParseTimestamp(Text(root, "started_utc")),
                FinishedUtc: ParseTimestamp(Text(root, "finished_utc")),
                GitCommit: Get(root, "git_commit").GetString(),
                Threads: Get(root, "threads").GetInt32());
            var files = new List<string>();
            foreach (var file in Get(root, "files").EnumerateArray())
            {
                files.Add(file.GetString() ?? throw new InvalidDataException("manifest.json: files holds a null."));
            }

            return (manifest, files);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("manifest.json: " + e.Message, e);
        }
    }

    /// <summary>ISO 8601 UTC with seven fractional digits and a Z, whatever the offset of <paramref name="value"/>.</summary>
    internal static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static void WriteNullable(Utf8JsonWriter json, string key, string? value)
    {
        if (value is null)
        {
            json.WriteNull(key);
        }
        else
        {
            json.WriteString(key, value);
        }
    }

    private static JsonElement Get(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) ? value : throw new InvalidDataException($"manifest.json: missing key '{key}'.");

    private static string Text(JsonElement root, string key) =>
        Get(root, key).GetString() ?? throw new InvalidDataException($"manifest.json: '{key}' is null.");
}
