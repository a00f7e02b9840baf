using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>
/// Bad input gets exit code 2, one clear line naming the problem and where it is, no stack trace, and
/// no results directory.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string Head = "{\n  \"name\": \"bad\",\n  \"seed\": 1,\n";

    private readonly TempDirectory _temp = new();

    public static TheoryData<string, string, string, int> MalformedBatches => new()
    {
        // case, file contents, expected JSON path, expected line
        { "syntax error", Head + "  \"replications\": 10,\n  \"levers\": {\"pact\": [true,, false]}\n}\n", "$", 5 },
        { "wrong type", Head + "  \"replications\": \"many\",\n  \"levers\": {\"pact\": [true]}\n}\n", "$.replications", 4 },
        { "unknown property", Head + "  \"replications\": 10,\n  \"colour\": \"red\",\n  \"levers\": {\"pact\": [true]}\n}\n", "$.colour", 5 },
        { "unknown lever", Head + "  \"replications\": 10,\n  \"levers\": {\"pact\": [true],\n    \"tanks\": [3]}\n}\n", "$.levers.tanks", 6 },
        { "unknown parameter", Head + "  \"replications\": 10,\n  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\"noSuchThing\": 1}\n}\n", "$.parameters.noSuchThing", 6 },
        { "zero replications", Head + "  \"replications\": 0,\n  \"levers\": {\"pact\": [true]}\n}\n", "$.replications", 4 },
        { "negative replications", Head + "  \"replications\": -5,\n  \"levers\": {\"pact\": [true]}\n}\n", "$.replications", 4 },
        { "invalid distribution", Head + "  \"replications\": 10,\n  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibility\": {\"normal\": [0.5, -1]}\n  }\n}\n", "$.parameters.pactCredibility", 7 },
    };

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(MalformedBatches))]
    public void Check_MalformedBatch_ExitsTwoWithOneLineNamingPathAndLine(string name, string contents, string path, int line)
    {
        var file = _temp.Write("bad.json", contents);

        var result = CliProcess.Run(_temp.Path, "check", file);

        Assert.True(result.ExitCode == 2, $"{name}: exit {result.ExitCode}\n{result.All}");
        var errors = result.ErrorLines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 1, $"{name}: expected one error line, got:\n{result.StdErr}");
        Assert.Contains($"bad.json:{line}:", errors[0], StringComparison.Ordinal);
        Assert.Contains($" {path}", errors[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedBatches))]
    public void Run_MalformedBatch_ExitsTwoAndLeavesNoResultsDirectory(string name, string contents, string path, int line)
    {
        var file = _temp.Write("bad.json", contents);

        var result = CliProcess.Run(_temp.Path, "run", file, "--quiet");

        Assert.True(result.ExitCode == 2, $"{name}: exit {result.ExitCode}\n{result.All}");
        Assert.Contains(path, result.StdErr, StringComparison.Ordinal);
        Assert.Contains($":{line}:", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["results"]), $"{name}: a results directory was created");
    }

    [Fact]
    public void Run_MissingBatchFile_ExitsTwoNamingTheFile()
    {
        var result = CliProcess.Run(_temp.Path, "run", "nowhere.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.json: batch file not found", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["results"]));
    }

    [Fact]
    public void Run_DirectoryGivenAsBatch_ExitsTwo()
    {
        Directory.CreateDirectory(_temp["adir"]);

        var result = CliProcess.Run(_temp.Path, "run", "adir");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threads", "0", "--threads")]
    [InlineData("--replications", "0", "--replications")]
    [InlineData("--replications", "lots", "lots")]
    public void Run_BadOption_ExitsTwoNamingTheOption(string option, string value, string named)
    {
        var result = CliProcess.Run(_temp.Path, "run", Repository.TestBatch("small.json"), option, value, "--out", _temp["out"]);

        Assert.True(result.ExitCode == 2, result.All);
        Assert.Contains(named, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo()
    {
        var result = CliProcess.Run(_temp.Path, "fly");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fly", result.StdErr, StringComparison.Ordinal);
    }
}
