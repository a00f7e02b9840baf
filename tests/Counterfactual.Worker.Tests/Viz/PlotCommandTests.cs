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
        var plots = Path.Combine(output, "plots");
        var pngs = Directory.GetFiles(plots, "*.png").Order(StringComparer.Ordinal).ToList();
        var svgs = Directory.GetFiles(plots, "*.svg").Order(StringComparer.Ordinal).ToList();
        Assert.Contains(pngs, p => Path.GetFileName(p) == "end_result.png");
        Assert.Contains(pngs, p => Path.GetFileName(p) == "claims.png");
        Assert.True(pngs.Count >= 5, $"only {pngs.Count} charts");
        Assert.Equal(pngs.Select(Path.GetFileNameWithoutExtension), svgs.Select(Path.GetFileNameWithoutExtension));
        Assert.Empty(Directory.GetFiles(plots, "*.tmp"));
        foreach (var png in pngs)
        {
            var bytes = File.ReadAllBytes(png);
            Assert.True(ChartFiles.HasPngSignature(bytes), png);
            var (width, height) = ChartFiles.PngSize(bytes);
            Assert.InRange(width, 600, 2400);
            Assert.InRange(height, 300, 2400);
            Assert.InRange(bytes.Length, 10_000, 5_000_000);
            Assert.Contains(Path.GetFileName(png), result.StdOut, StringComparison.Ordinal);
        }

        foreach (var svg in svgs)
        {
            var root = ChartFiles.SvgRoot(svg);
            Assert.Equal("svg", root.Name.LocalName);
            Assert.False(string.IsNullOrWhiteSpace(ChartFiles.SvgText(root)), $"{svg} has no text");
        }
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
