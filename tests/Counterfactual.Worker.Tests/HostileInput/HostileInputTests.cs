using System.Text;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.HostileInput;

/// <summary>
/// The hostile-input corpus (Corpus/*.json, expectations in Corpus/expected.tsv) plus generated files
/// (10 MB, invalid UTF-8, deep nesting, a directory): every one gives exit 2 from both <c>check</c> and
/// <c>run</c>, exactly one "error:" line naming the JSON path and the problem, no stack trace, and no
/// results directory.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string CorpusFolder = Repository.PathOf(Path.Combine("tests", "Counterfactual.Worker.Tests", "HostileInput", "Corpus"));

    private readonly TempDirectory _temp = new();

    /// <summary>Corpus file, expected JSON path, expected line (empty when none), start of the message.</summary>
    public static TheoryData<string, string, string, string> Corpus
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var row in ReadExpectations())
            {
                data.Add(row[0], row[1], row[2], row[3]);
            }

            return data;
        }
    }

    /// <summary>Generated cases: name, expected JSON path, start of the message.</summary>
    public static TheoryData<string, string, string> Generated => new()
    {
        { "ten-megabytes", "$", "batch file is 10,485,760 bytes" },
        { "invalid-utf8", "$", "the file is not valid UTF-8" },
        { "invalid-utf8-in-string", "$", "the file is not valid UTF-8" },
        { "deep-nesting", "$", "syntax error: The maximum configured depth of 64" },
        { "directory", "$", "is a directory" },
    };

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Corpus_EveryFileHasAnExpectationAndThereAreAtLeastThirty()
    {
        var files = Directory.GetFiles(CorpusFolder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var rows = ReadExpectations().Select(r => r[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, rows);
        Assert.True(files.Count >= 30, $"only {files.Count} corpus files");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Check_CorpusFile_ExitsTwoWithOneLineNamingPathAndProblem(string file, string path, string line, string message)
    {
        var copy = CopyIn(file);

        var result = CliProcess.Run(_temp.Path, "check", copy);

        AssertOneCleanError(result, file, path, line, message);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Run_CorpusFile_ExitsTwoWithOneLineAndCreatesNothing(string file, string path, string line, string message)
    {
        var copy = CopyIn(file);

        var result = CliProcess.Run(_temp.Path, "run", copy, "--quiet");

        AssertOneCleanError(result, file, path, line, message);
        AssertNothingCreated(file);
    }

    [Theory]
    [MemberData(nameof(Generated))]
    public void CheckAndRun_GeneratedHostileFile_ExitTwoWithOneLineAndCreateNothing(string name, string path, string message)
    {
        var file = name + ".json";
        Generate(name, _temp[file]);

        foreach (var command in new[] { "check", "run" })
        {
            var result = CliProcess.Run(_temp.Path, command, file);

            AssertOneCleanError(result, file, path, string.Empty, message, lineOptional: true);
        }

        AssertNothingCreated(file);
    }

    private static void Generate(string name, string target)
    {
        const string Valid = "{\"name\": \"hostile\", \"seed\": 1, \"replications\": 10, \"levers\": {\"pact\": [true, false]}}\n";
        switch (name)
        {
            case "ten-megabytes":
                File.WriteAllText(target, "{\"name\": \"big\", \"description\": \"" + new string('x', (10 * 1024 * 1024) - 35) + "\"}\n");
                Assert.Equal(10 * 1024 * 1024, new FileInfo(target).Length);
                break;
            case "invalid-utf8":
                File.WriteAllBytes(target, [0xC3, 0x28, 0xFF, 0xFE, (byte)'{', (byte)'}']);
                break;
            case "invalid-utf8-in-string":
                var bytes = Encoding.UTF8.GetBytes(Valid).ToList();
                bytes.InsertRange(Valid.IndexOf("hostile", StringComparison.Ordinal), [0xED, 0xA0, 0x80]); // an encoded surrogate: not UTF-8
                File.WriteAllBytes(target, [.. bytes]);
                break;
            case "deep-nesting":
                File.WriteAllText(target, "{\"name\": \"deep\", \"description\": " + new string('[', 10_000) + new string(']', 10_000) + "}\n");
                break;
            default:
                Directory.CreateDirectory(target);
                break;
        }
    }

    private static void AssertOneCleanError(CliResult result, string file, string path, string line, string message, bool lineOptional = false)
    {
        Assert.True(result.ExitCode == 2, $"{file}: exit {result.ExitCode}\n{result.All}");
        var errors = result.ErrorLines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 1, $"{file}: expected one error line, got:\n{result.All}");
        var where = line.Length > 0 ? $"{file}:{line}: " : $"{file}: ";
        var expected = $"{path}: {message}";
        Assert.True(
            errors[0].Contains(where + expected, StringComparison.Ordinal) || (lineOptional && errors[0].Contains(": " + expected, StringComparison.Ordinal) && errors[0].Contains(file, StringComparison.Ordinal)),
            $"{file}: expected \"{where}{expected}\" in\n{errors[0]}");
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.All, StringComparison.Ordinal);
    }

    private void AssertNothingCreated(string file)
    {
        Assert.False(Directory.Exists(_temp["results"]), $"{file}: a results directory was created");
        var entries = Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).ToList();
        Assert.True(entries.SequenceEqual([file]), $"{file}: the working directory holds {string.Join(", ", entries)}");
    }

    private string CopyIn(string file)
    {
        File.Copy(Path.Combine(CorpusFolder, file), _temp[file]);
        return file;
    }

    private static IEnumerable<string[]> ReadExpectations() =>
        File.ReadAllLines(Path.Combine(CorpusFolder, "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(r => r.Length == 4 ? r : throw new InvalidOperationException("expected.tsv: a row needs 4 tab-separated columns: " + string.Join('|', r)));
}
