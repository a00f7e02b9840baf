using Counterfactual.Worker.Tests.Plotting;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.Viz;

/// <summary><c>counterfactual plot DIR</c> on a result set from a real run.</summary>
public sealed class PlotCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Plot_SmallRun_WritesEveryChartAsValidPngAndSvg()
    {
        var output = _temp["small"];
        VizRuns.Run(output, extra: ["--replications", "100"]);

        var result = CliProcess.Run(Repository.Root, "plot", output);

        Assert.True(result.ExitCode == 0, result.All);
        var charts = ChartFiles.AssertValidCharts(Path.Combine(output, "plots"));
        Assert.Contains("end_result", charts);
        Assert.Contains("claims", charts);
        Assert.True(charts.Count >= 5, $"only {charts.Count} charts");
        Assert.All(charts, c => Assert.Contains(c + ".png", result.StdOut, StringComparison.Ordinal));
    }

    [Fact]
    public void Plot_ReferenceResult_RendersEveryChartAsValidPngAndSvg()
    {
        var copy = _temp["essay-claim"];
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Repository.PathOf("results/essay-claim")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var result = CliProcess.Run(Repository.Root, "plot", copy);

        Assert.True(result.ExitCode == 0, result.All);
        var charts = ChartFiles.AssertValidCharts(Path.Combine(copy, "plots"));
        Assert.Equal(
            ["claims", "end_result", "fan_german_depth_km", "fan_pacific_progress", "fan_southern_extent", "fan_soviet_cohesion", "germany_surrender_month", "japan_surrender_month", "war_end_month"],
            charts);
    }

    [Fact]
    public void Plot_MissingDirectory_ExitsTwoWithOneLine()
    {
        var result = CliProcess.Run(Repository.Root, "plot", _temp["nowhere"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {_temp["nowhere"]}: result directory not found", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Plot_DirectoryWithoutResultSet_ExitsTwoWithOneLine()
    {
        _temp.Write("empty/readme.txt", "not results");

        var result = CliProcess.Run(Repository.Root, "plot", _temp["empty"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a result set", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_BrokenCsv_ExitsTwoWithOneLine()
    {
        var output = _temp["broken"];
        VizRuns.Run(output, extra: ["--replications", "20"]);
        File.WriteAllText(Path.Combine(output, "summary.csv"), "not,a,summary\n");

        var result = CliProcess.Run(Repository.Root, "plot", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("summary.csv", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
