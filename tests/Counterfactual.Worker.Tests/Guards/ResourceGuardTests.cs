using System.Diagnostics;
using System.Text;
using Counterfactual.Worker.Jobs;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.Guards;

/// <summary>
/// Resource guards: a batch over the scenario-replication limit is refused (exit 2, the numbers named,
/// nothing created) unless --force; --raw is refused when its estimate exceeds the free disk space.
/// </summary>
public sealed class ResourceGuardTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_OverTheLimit_ExitsTwoNamingTheNumbersAndCreatesNothing()
    {
        var result = CliProcess.Run(_temp.Path, "run", Repository.TestBatch("small.json"), "--out", _temp["out"], "--max-runs", "1000", "--quiet");

        Assert.True(result.ExitCode == 2, result.All);
        var error = Assert.Single(result.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("8 scenarios x 300 replications = 2,400 scenario-replications, over the limit of 1,000", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void Run_OverTheLimitWithForce_Runs()
    {
        var result = CliProcess.Run(_temp.Path, "run", Repository.TestBatch("small.json"), "--out", _temp["out"], "--max-runs", "1000", "--force", "--quiet");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.True(File.Exists(Path.Combine(_temp["out"], "manifest.json")));
    }

    [Fact]
    public void Run_LimitFromEnvironment_IsApplied()
    {
        var result = RunWithEnvironment("1_000", "run", Repository.TestBatch("small.json"), "--out", _temp["out"], "--quiet");

        Assert.True(result.ExitCode == 2, result.All);
        Assert.Contains("over the limit of 1,000", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void Run_InvalidLimitInEnvironment_ExitsTwoNamingTheVariable()
    {
        var result = RunWithEnvironment("lots", "run", Repository.TestBatch("small.json"), "--out", _temp["out"], "--quiet");

        Assert.True(result.ExitCode == 2, result.All);
        Assert.Contains(ResourceGuard.MaxRunsVariable, result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void Run_RawLargerThanTheDisk_ExitsTwoBeforeCreatingAnything()
    {
        // 64 x 64 = 4,096 scenarios x 100,000,000 replications: hundreds of terabytes of replications.csv.
        var levels = string.Join(", ", Enumerable.Range(0, 64));
        var batch = _temp.Write("huge.json", $"{{\"name\": \"huge\", \"seed\": 1, \"replications\": 100000000, \"levers\": {{\"sovietEastDivisions\": [{levels}], \"japanSouthDivisions\": [{levels}]}}}}");

        var result = CliProcess.Run(_temp.Path, "run", batch, "--raw", "--max-runs", "1000000000000000", "--out", _temp["out"], "--quiet");

        Assert.True(result.ExitCode == 2, result.All);
        var error = Assert.Single(result.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("--raw would write about", error, StringComparison.Ordinal);
        Assert.Contains("GB free", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Theory]
    [InlineData("2000000000", true, 2_000_000_000L)]
    [InlineData("1_000", true, 1000L)]
    [InlineData("1,000", true, 1000L)]
    [InlineData("0", false, 0L)]
    [InlineData("-5", false, 0L)]
    [InlineData("lots", false, 0L)]
    [InlineData("", false, 0L)]
    public void TryParseLimit_Text_ParsesPositiveWholeNumbersOnly(string text, bool ok, long expected)
    {
        Assert.Equal(ok, ResourceGuard.TryParseLimit(text, out var limit));
        if (ok)
        {
            Assert.Equal(expected, limit);
        }
    }

    [Fact]
    public void MaxRuns_OptionOverEnvironmentOverDefault()
    {
        Assert.Equal(5, ResourceGuard.MaxRuns(5, "7"));
        Assert.Equal(7, ResourceGuard.MaxRuns(null, "7"));
        Assert.Equal(ResourceGuard.DefaultMaxRuns, ResourceGuard.MaxRuns(null, null));
    }

    private CliResult RunWithEnvironment(string maxRuns, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(CliProcess.Executable);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment[ResourceGuard.MaxRunsVariable] = maxRuns;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
