using Counterfactual.Worker.Plotting;

namespace Counterfactual.Worker.Tests.Plotting;

public sealed class ChartRendererTests : IDisposable
{
    /// <summary>Every chart of a result set with pact pairs and claims, with a fragment of its title.</summary>
    private static readonly Dictionary<string, string> ExpectedCharts = new(StringComparer.Ordinal)
    {
        ["end_result"] = "End result by deployment",
        ["war_end_month"] = "Month the war ended",
        ["germany_surrender_month"] = "Month Germany surrendered",
        ["japan_surrender_month"] = "Month Japan surrendered",
        ["fan_german_depth_km"] = "German depth on the Moscow axis",
        ["fan_soviet_cohesion"] = "Soviet cohesion",
        ["fan_southern_extent"] = "Southern Resource Area",
        ["fan_pacific_progress"] = "US advance toward Japan",
        ["claims"] = "Claims: difference",
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cf-plot-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void RenderAll_PactPairsAndClaims_WritesPngAndSvgOfEveryChart()
    {
        var written = ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);

        var expected = ExpectedCharts.Keys.SelectMany(name => new[] { name + ".png", name + ".svg" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(written, path => Assert.True(File.Exists(path), path));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }

    [Fact]
    public void RenderAll_EveryPng_IsAValidNonBlankImageOfTheChartSize()
    {
        var written = ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);

        foreach (var path in written.Where(p => p.EndsWith(".png", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(path);
            Assert.True(ChartFiles.HasPngSignature(bytes), path);
            Assert.Equal((ChartStyle.Width, ChartStyle.Height), ChartFiles.PngSize(bytes));
            Assert.True(bytes.Length > 10_000, $"{path}: {bytes.Length} bytes, expected a drawn chart (> 10 KB)");
        }
    }

    [Fact]
    public void RenderAll_EverySvg_IsXmlWithAnSvgRootAndTheTitleText()
    {
        var written = ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);

        foreach (var (name, title) in ExpectedCharts)
        {
            var path = Assert.Single(written, p => Path.GetFileName(p) == name + ".svg");
            var root = ChartFiles.SvgRoot(path);
            Assert.Equal("svg", root.Name.LocalName);
            Assert.Contains(title, ChartFiles.SvgText(root), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RenderAll_Always_DrawsTextWithTheShippedFont()
    {
        ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);

        Assert.True(File.Exists(ChartFont.ShippedFontPath), ChartFont.ShippedFontPath);
        Assert.True(ChartFont.ShippedFontLoaded);
        Assert.Equal(ChartFont.FamilyName, ScottPlot.Fonts.Default);
    }

    [Fact]
    public void RenderAll_ClaimsSvg_NamesEachClaimAndItsVerdict()
    {
        ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);

        var text = ChartFiles.SvgText(ChartFiles.SvgRoot(Path.Combine(_directory, "claims.svg")));
        Assert.Contains("claim1_depth", text, StringComparison.Ordinal);
        Assert.Contains("claim3_victory", text, StringComparison.Ordinal);
        Assert.Contains("HOLDS", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAll_MonthChart_StatesTheNeverShareInTheLegend()
    {
        ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);

        // The sample's factual pair is s01 (pact, never 4%) and s03 (no pact, never 8%).
        var text = ChartFiles.SvgText(ChartFiles.SvgRoot(Path.Combine(_directory, "war_end_month.svg")));
        Assert.Contains("pact: never 4.0%", text, StringComparison.Ordinal);
        Assert.Contains("no pact: never 8.0%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAll_NoPactLever_WritesOnlyTheClaimsChart()
    {
        var written = ChartRenderer.RenderAll(SampleResults.WithoutPactLever(), _directory);

        Assert.Equal(["claims.png", "claims.svg"], written.Select(Path.GetFileName));
    }

    [Fact]
    public void RenderAll_SingleScenarioWithoutClaims_WritesNothingAndDoesNotThrow()
    {
        var written = ChartRenderer.RenderAll(SampleResults.SingleScenario(), _directory);

        Assert.Empty(written);
        Assert.True(Directory.Exists(_directory));
    }

    [Fact]
    public void RenderAll_RunTwice_OverwritesTheSameFiles()
    {
        var first = ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);
        var second = ChartRenderer.RenderAll(SampleResults.WithPactPairs(), _directory);

        Assert.Equal(first, second);
        Assert.Equal(first.Count, Directory.GetFiles(_directory).Length);
    }
}
