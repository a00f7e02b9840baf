using Counterfactual.Results.Compare;
using Counterfactual.Results.Tests.Support;

namespace Counterfactual.Results.Tests.Compare;

/// <summary>ResultComparer: rows, tests, multiple-comparison control, grid checks, claims, and compare.csv.</summary>
public sealed class ResultComparerTests
{
    [Fact]
    public void Compare_SetWithItself_FindsNoDifference()
    {
        var set = CompareSets.Create();

        var comparison = ResultComparer.Compare(set, set);

        Assert.Equal(0, comparison.Differing);
        Assert.All(comparison.Rows.Where(r => r.Test != Verdicts.None), r => Assert.Equal(1, r.PValue));
        Assert.All(comparison.Claims, c => Assert.False(c.Flipped));
    }

    [Fact]
    public void Compare_RowsPerKind_UseTheMatchingTestInScenarioMetricOrder()
    {
        var comparison = ResultComparer.Compare(CompareSets.Create(), CompareSets.Create());

        var keys = comparison.Rows.Select(r => $"{r.ScenarioId}/{r.Metric}/{r.StateOrStat}/{r.Test}").ToList();
        Assert.Equal(
            [
                "s01/end_result/ALLIED_VICTORY/two_proportion_z", "s01/end_result/AXIS_UNDEFEATED/two_proportion_z",
                "s01/war_end_month/median_month/kolmogorov_smirnov", "s01/max_german_depth_km/mean/welch_t",
                "s02/end_result/ALLIED_VICTORY/two_proportion_z", "s02/end_result/AXIS_UNDEFEATED/two_proportion_z",
                "s02/war_end_month/median_month/kolmogorov_smirnov", "s02/max_german_depth_km/mean/welch_t",
                "s02/red_army_line_at_german_surrender_km/mean/none",
            ],
            keys);
        Assert.Equal(Verdicts.NotTested, comparison.Rows[^1].Verdict);
        Assert.Equal(8, comparison.Tested);
    }

    [Fact]
    public void Compare_MonthMedian_IsADecimalYearWithNeverLast()
    {
        var comparison = ResultComparer.Compare(CompareSets.Create(), CompareSets.Create(shift: 3));

        var row = comparison.Rows.Single(r => r.ScenarioId == "s02" && r.Metric == "war_end_month");
        // 900 dated of 1000: the 500th value is in the 6th month (1945-06; shifted 1945-09).
        Assert.Equal(1945 + (5 / 12.0), row.ValueA, 9);
        Assert.Equal(1945 + (8 / 12.0), row.ValueB, 9);
        Assert.Equal(0.27, row.Statistic, 9);
        Assert.Equal(Verdicts.Differs, row.Verdict);
    }

    [Theory]
    [InlineData(700, 0, 500, "end_result")]
    [InlineData(600, 2, 500, "war_end_month")]
    [InlineData(600, 0, 530, "max_german_depth_km")]
    public void Compare_PlantedDifference_IsFoundAndNothingElseDiffers(long victories, int shift, double depth, string metric)
    {
        var comparison = ResultComparer.Compare(CompareSets.Create(), CompareSets.Create(victories, shift, depth));

        var differing = comparison.Rows.Where(r => r.Verdict == Verdicts.Differs).ToList();
        Assert.NotEmpty(differing);
        Assert.All(differing, r => Assert.Equal(("s02", metric), (r.ScenarioId, r.Metric)));
        Assert.All(differing, r => Assert.True(r.PAdjusted <= 0.05));
    }

    [Fact]
    public void Compare_DifferentLeverValues_Refuses()
    {
        var e = Assert.Throws<IncomparableResultsException>(() => ResultComparer.Compare(CompareSets.Create(), CompareSets.Create(pactB: "true")));

        Assert.Contains("s02", e.Message, StringComparison.Ordinal);
        Assert.Contains("pact=false", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferentVerdict_ReportsTheFlip()
    {
        var comparison = ResultComparer.Compare(CompareSets.Create(), CompareSets.Create(verdict: "FAILS"));

        var claim = Assert.Single(comparison.Claims);
        Assert.True(claim.Flipped);
        Assert.Equal(("HOLDS", "FAILS"), (claim.VerdictA, claim.VerdictB));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Compare_AlphaOutsideZeroOne_Throws(double alpha) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ResultComparer.Compare(CompareSets.Create(), CompareSets.Create(), alpha));

    [Fact]
    public void CompareFile_Write_HeaderAndBlankForUntested()
    {
        using var temp = new TempDirectory();
        var comparison = ResultComparer.Compare(CompareSets.Create(), CompareSets.Create(victories: 700));

        var path = CompareFile.Write(comparison, temp.Path);

        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("scenario_id,metric,state_or_stat,value_a,value_b,difference,test,statistic,p_value,p_adjusted,verdict", lines[0]);
        Assert.Equal("s02,red_army_line_at_german_surrender_km,mean,,,,none,,,,not tested", lines[9]);
        Assert.StartsWith("s02,end_result,ALLIED_VICTORY,0.6,0.7,0.1,two_proportion_z,", lines[5], StringComparison.Ordinal);
        Assert.EndsWith(",differs", lines[5], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }
}
