using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>
/// <c>counterfactual validate</c> on the shipped baseline. At a reduced replication count a target can
/// miss its band by Monte Carlo noise alone, so the test requires each target's 95% Monte Carlo interval
/// (Wilson for probabilities, order statistics for medians) to reach the band: the tolerance is derived
/// from the Monte Carlo error of that very run.
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Validate_Baseline_EveryTargetWithinMonteCarloErrorOfItsBand()
    {
        var result = CliProcess.Run(Repository.Root, "validate", "--replications", "4000", "--out", _temp["val"]);

        Assert.True(result.ExitCode is 0 or 1, result.All);
        Assert.Contains("targets pass", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("target,metric,statistic,history,model,p10,p90,mc_low,mc_high,band,pass", File.ReadLines(_temp["val/scorecard.csv"]).First());
        var rows = ReadCsv(_temp["val/scorecard.csv"]);
        Assert.Equal(ReadCsv(Repository.PathOf("scenarios/history/events.csv")).Count, rows.Count);
        foreach (var f in rows)
        {
            var (low, high) = (f[7], f[8]);
            var band = f[9];
            Assert.True(Reaches(low, high, band), $"{f[0]}: Monte Carlo interval [{low}, {high}] misses the band {band}");
        }

        Assert.True(File.Exists(_temp["val/end_states.csv"]), "the baseline's result set is written beside the scorecard");
    }

    [Fact]
    public void Validate_MalformedEvents_ExitsTwoNamingFileLineAndColumn()
    {
        var events = _temp.Write("events.csv", "target,metric,statistic,argument,history,low,high,source\nx,no_such_metric,median,,h,1,2,s\n");

        var result = CliProcess.Run(Repository.Root, "validate", "--events", events, "--replications", "10", "--out", _temp["val"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("events.csv:2: metric: unknown metric 'no_such_metric'", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["val"]));
    }

    /// <summary>True when [low, high] overlaps the band ("&lt;= x", "&gt;= x", "a .. b"; months or numbers compare as text-sortable values).</summary>
    private static bool Reaches(string low, string high, string band)
    {
        if (band.StartsWith("<= ", StringComparison.Ordinal))
        {
            return Compare(low, band[3..]) <= 0;
        }

        if (band.StartsWith(">= ", StringComparison.Ordinal))
        {
            return Compare(high, band[3..]) >= 0;
        }

        var parts = band.Split(" .. ");
        return Compare(high, parts[0]) >= 0 && Compare(low, parts[1]) <= 0;
    }

    private static int Compare(string a, string b)
    {
        if (a == "never")
        {
            return b == "never" ? 0 : 1;
        }

        if (b == "never")
        {
            return -1;
        }

        return a.Contains('-', StringComparison.Ordinal) && a.Length == 7
            ? string.CompareOrdinal(a, b)
            : double.Parse(a, System.Globalization.CultureInfo.InvariantCulture).CompareTo(double.Parse(b, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
