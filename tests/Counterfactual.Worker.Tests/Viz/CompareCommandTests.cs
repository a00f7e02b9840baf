using System.Globalization;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.Viz;

/// <summary><c>counterfactual compare A B</c> on result sets from real runs.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private const double Alpha = 0.05;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Compare_SetWithItself_NoRowDiffersAndNoClaimFlips()
    {
        var a = _temp["a"];
        VizRuns.Run(a, extra: ["--replications", "200"]);

        var result = CliProcess.Run(Repository.Root, "compare", a, a, "--out", _temp["out"]);

        Assert.True(result.ExitCode == 0, result.All);
        var rows = ReadRows(_temp["out"]);
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r["verdict"] == "differs");
        Assert.Contains(": 0 differ", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("claims: no verdict flipped (2 compared)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoSeeds_DiffersNoMoreThanTheNominalFalsePositiveRate()
    {
        VizRuns.Run(_temp["seed7"], extra: ["--seed", "7"]);
        VizRuns.Run(_temp["seed8"], extra: ["--seed", "8"]);

        var result = CliProcess.Run(Repository.Root, "compare", _temp["seed7"], _temp["seed8"]);

        Assert.True(result.ExitCode == 0, result.All);
        var rows = ReadRows(Path.Combine(_temp["seed8"], "compare-vs-seed7"));
        var tested = rows.Count(r => r["test"] != "none");
        var differing = rows.Count(r => r["verdict"] == "differs");

        // Under the null, Benjamini-Hochberg makes any rejection at most an alpha-probability event, and the expected
        // share of rows that differ is far below alpha. Allow alpha plus three binomial standard errors over the tested rows.
        var tolerance = Alpha + (3 * Math.Sqrt(Alpha * (1 - Alpha) / tested));
        Assert.True(tested > 100, $"only {tested} rows tested");
        Assert.True(differing <= tolerance * tested, $"{differing} of {tested} rows differ between two seeds");
    }

    [Fact]
    public void Compare_PlantedDifferenceInPactCredibility_IsFound()
    {
        var weak = VizRuns.SmallWith(_temp, "weak.json", """{ "pactCredibility": 0 }""");
        var strong = VizRuns.SmallWith(_temp, "strong.json", """{ "pactCredibility": 1 }""");
        VizRuns.Run(_temp["weak"], weak);
        VizRuns.Run(_temp["strong"], strong);

        var result = CliProcess.Run(Repository.Root, "compare", _temp["weak"], _temp["strong"], "--out", _temp["out"]);

        Assert.True(result.ExitCode == 0, result.All);
        var differing = ReadRows(_temp["out"]).Where(r => r["verdict"] == "differs").ToList();
        Assert.NotEmpty(differing);
        Assert.Contains("largest differences", result.StdOut, StringComparison.Ordinal);
        Assert.All(differing, r => Assert.True(double.Parse(r["p_adjusted"], CultureInfo.InvariantCulture) <= Alpha));
    }

    [Fact]
    public void Compare_DifferentScenarioGrids_ExitsTwoWithOneLine()
    {
        var other = VizRuns.SmallWith(_temp, "other.json", "{}", "\"japanSouthDivisions\": [8, 11, 14],");
        VizRuns.Run(_temp["small"], extra: ["--replications", "20"]);
        VizRuns.Run(_temp["other"], other, "--replications", "20");

        var result = CliProcess.Run(Repository.Root, "compare", _temp["small"], _temp["other"], "--out", _temp["out"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("scenario grids differ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public void Compare_AlphaOutOfRange_ExitsTwo(string alpha)
    {
        VizRuns.Run(_temp["small"], extra: ["--replications", "20"]);

        var result = CliProcess.Run(Repository.Root, "compare", _temp["small"], _temp["small"], "--alpha", alpha, "--out", _temp["out"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--alpha", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_MissingDirectory_ExitsTwo()
    {
        var result = CliProcess.Run(Repository.Root, "compare", _temp["x"], _temp["y"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("result directory not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> ReadRows(string directory)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, "compare.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(["scenario_id", "metric", "state_or_stat", "value_a", "value_b", "difference", "test", "statistic", "p_value", "p_adjusted", "verdict"], header);
        return [.. lines.Skip(1).Select(l => l.Split(',')).Select(f => header.Select((h, i) => (h, f[i])).ToDictionary(p => p.h, p => p.Item2))];
    }
}
