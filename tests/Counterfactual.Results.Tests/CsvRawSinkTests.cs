using System.Globalization;
using Counterfactual.Model.Metrics;
using Counterfactual.Results.Tests.Support;

namespace Counterfactual.Results.Tests;

public sealed class CsvRawSinkTests
{
    [Fact]
    public void Write_TwoOutcomes_GivesExactRows()
    {
        using var dir = new TempDirectory();
        using (var sink = new CsvRawSink(dir.Path))
        {
            sink.Begin(SampleOutcomes.ParameterNames);
            sink.Write("s01", 0, SampleOutcomes.Historical(), [0.6, 1.0 / 3.0]);
            sink.Write("s02", 12345678901, SampleOutcomes.Empty(), [double.NaN, -0.0]);
            sink.Complete();
        }

        var lines = File.ReadAllText(dir.File(ResultFiles.Replications)).Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        Assert.Equal(
            "s01,0,ALLIED_VICTORY,SURRENDERED,SURRENDERED,VICTORIOUS,"
            + "1945-05,1945-09,1945-09,never,never,never,never,1941-12,never,never,never,never,never,never,never,never,never,1941-06,"
            + "1000.25,,,,,,,0.5,-987.654,1,"
            + "0.6,0.333333",
            lines[1]);
        Assert.Equal(
            "s02,12345678901,ALLIED_VICTORY,SURRENDERED,SURRENDERED,VICTORIOUS,"
            + string.Join(",", Enumerable.Repeat("never", MetricCatalog.Months.Count)) + ","
            + string.Join(",", Enumerable.Repeat("", MetricCatalog.Numbers.Count)) + ","
            + ",0",
            lines[2]);
    }

    [Fact]
    public void Begin_Always_WritesHeaderWithEveryMetricAndParameterColumn()
    {
        using var dir = new TempDirectory();
        using (var sink = new CsvRawSink(dir.Path))
        {
            sink.Begin(SampleOutcomes.ParameterNames);
            sink.Complete();
        }

        string[] expected =
        [
            "scenario_id", "replication", .. MetricCatalog.PerReplication.Select(m => m.Name),
            "param_pactCredibility", "param_kantokuenThreshold",
        ];
        Assert.Equal(string.Join(",", expected) + "\n", File.ReadAllText(dir.File(ResultFiles.Replications)));
    }

    [Fact]
    public void Complete_NotYetCalled_FileAppearsOnlyUnderTemporaryName()
    {
        using var dir = new TempDirectory();
        using var sink = new CsvRawSink(dir.Path);
        sink.Begin(SampleOutcomes.ParameterNames);
        for (var r = 0; r < 5000; r++)
        {
            sink.Write("s01", r, SampleOutcomes.Historical(), [0.5, 0.6]);
        }

        Assert.False(File.Exists(dir.File(ResultFiles.Replications)));
        Assert.True(File.Exists(AtomicFile.TempPathFor(dir.File(ResultFiles.Replications))));

        sink.Complete();
        Assert.True(File.Exists(dir.File(ResultFiles.Replications)));
        Assert.Equal([ResultFiles.Replications], Files.Names(dir.Path));
        Assert.Equal(5001, File.ReadLines(dir.File(ResultFiles.Replications)).Count());
    }

    [Fact]
    public void Dispose_WithoutComplete_LeavesNoFileAndKeepsAnOlderOne()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(ResultFiles.Replications), "older complete file\n");
        using (var sink = new CsvRawSink(dir.Path))
        {
            sink.Begin(SampleOutcomes.ParameterNames);
            sink.Write("s01", 0, SampleOutcomes.Historical(), [0.5, 0.6]);
        }

        Assert.Equal([ResultFiles.Replications], Files.Names(dir.Path));
        Assert.Equal("older complete file\n", File.ReadAllText(dir.File(ResultFiles.Replications)));
    }

    [Fact]
    public void Write_WrongParameterCount_Throws()
    {
        using var dir = new TempDirectory();
        using var sink = new CsvRawSink(dir.Path);
        sink.Begin(SampleOutcomes.ParameterNames);
        Assert.Throws<ArgumentException>(() => sink.Write("s01", 0, SampleOutcomes.Empty(), [0.5]));
    }

    [Fact]
    public void Write_BeforeBegin_Throws()
    {
        using var dir = new TempDirectory();
        using var sink = new CsvRawSink(dir.Path);
        Assert.Throws<InvalidOperationException>(() => sink.Write("s01", 0, SampleOutcomes.Empty(), []));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Write_UnderCurrentCulture_EqualsInvariantOutput(string culture)
    {
        using var dir = new TempDirectory();
        WriteOne(dir.Sub("invariant"), CultureInfo.InvariantCulture);
        WriteOne(dir.Sub("local"), CultureInfo.GetCultureInfo(culture));
        Files.AssertSameBytes(dir.Sub("invariant"), dir.Sub("local"));
    }

    [Fact]
    public void ReadReplications_WrittenRows_ReadsBackFieldsByColumn()
    {
        using var dir = new TempDirectory();
        WriteOne(dir.Path, CultureInfo.InvariantCulture);
        using var reader = ReplicationsReader.Open(dir.Path);
        Assert.Equal(SampleOutcomes.ParameterNames, reader.ParameterNames);
        Assert.True(reader.Read());
        Assert.Equal("s01", reader.ScenarioId);
        Assert.Equal(7, reader.Replication);
        Assert.Equal("1945-05", reader["germany_surrender_month"]);
        Assert.Equal(-987.654, reader.Number("red_army_line_at_german_surrender_km"));
        Assert.True(double.IsNaN(reader.Number("soviet_military_losses")));
        Assert.Equal(0.25, reader.Number("param_kantokuenThreshold"));
        Assert.False(reader.Read());
    }

    private static void WriteOne(string directory, CultureInfo culture)
    {
        using var scope = new CultureScope(culture);
        using var sink = new CsvRawSink(directory);
        sink.Begin(SampleOutcomes.ParameterNames);
        sink.Write("s01", 7, SampleOutcomes.Historical(), [-1234.5678, 0.25]);
        sink.Complete();
    }
}
