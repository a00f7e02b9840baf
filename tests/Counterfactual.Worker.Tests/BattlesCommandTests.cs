using System.Globalization;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary><c>counterfactual battles</c> on the real CDB90 table (tests/data/battles, public domain).</summary>
public sealed class BattlesCommandTests : IDisposable
{
    private const string Header = "isqno,war,attacker_strength,defender_strength,duration_days,p_attacker_win,p_draw,mean_attacker_casualties,mean_defender_casualties,attacker_rate_per_day,defender_rate_per_day";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Battles_Cdb90_WritesOneRowPerBattleWithStrengthsAndValidProbabilities()
    {
        var result = CliProcess.Run(Repository.Root, "battles", "--input", "tests/data/battles/CDB90-orig.csv", "--out", _temp["b.csv"], "--replications", "50");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("659 battles, 1 rows skipped", result.StdOut, StringComparison.Ordinal);
        var lines = File.ReadAllLines(_temp["b.csv"]);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(1 + 659, lines.Length);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var win = double.Parse(f[^6], CultureInfo.InvariantCulture);
            var draw = double.Parse(f[^5], CultureInfo.InvariantCulture);
            Assert.InRange(win, 0, 1);
            Assert.InRange(draw, 0, 1 - win + 1e-9);
        }
    }

    [Fact]
    public void Battles_SameSeedTwice_WritesIdenticalBytes()
    {
        foreach (var name in new[] { "a.csv", "b.csv" })
        {
            var r = CliProcess.Run(Repository.Root, "battles", "--input", "tests/data/battles/CDB90-orig.csv", "--out", _temp[name], "--replications", "20", "--seed", "5");
            Assert.True(r.ExitCode == 0, r.All);
        }

        Assert.Equal(File.ReadAllBytes(_temp["a.csv"]), File.ReadAllBytes(_temp["b.csv"]));
    }

    [Fact]
    public void Battles_MissingInput_ExitsTwoNamingTheFile()
    {
        var result = CliProcess.Run(_temp.Path, "battles", "--input", "nope.csv", "--out", _temp["b.csv"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.csv: file not found", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp["b.csv"]));
    }

    [Fact]
    public void Battles_NotABattleTable_ExitsTwoWithoutStackTrace()
    {
        var input = _temp.Write("x.csv", "a,b\n1,2\n");

        var result = CliProcess.Run(_temp.Path, "battles", "--input", input, "--out", _temp["b.csv"]);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp["b.csv"]));
    }
}
