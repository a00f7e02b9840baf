using Counterfactual.Experiments.Output;
using ScottPlot;

namespace Counterfactual.Worker.Plotting;

/// <summary>
/// Draws the charts of <c>counterfactual plot DIR</c> from a result set: end-result probabilities per
/// deployment (pact vs no pact), the war-end and surrender-month distributions, fan charts of the main
/// trajectories, and a forest plot of the claims. Works headless: text uses the shipped DejaVu Sans.
/// </summary>
public static class ChartRenderer
{
    /// <summary>
    /// Writes every chart the result set supports into <paramref name="plotsDirectory"/> (created if missing)
    /// as a PNG and an SVG of the same base name (e.g. <c>end_result.png</c>, <c>end_result.svg</c>), each written
    /// to a temporary name and then renamed. Charts that need pact / no-pact pairs are skipped when the batch
    /// has no pact lever or no pairs; the claims chart is skipped without claims.
    /// </summary>
    /// <returns>The paths written, PNG then SVG for each chart, in chart order.</returns>
    public static IReadOnlyList<string> RenderAll(ResultSet results, string plotsDirectory)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrWhiteSpace(plotsDirectory);

        ChartFont.EnsureRegistered();
        Directory.CreateDirectory(plotsDirectory);

        var written = new List<string>();
        var pairs = PactPairs.Find(results);
        var factual = PactPairs.Factual(pairs);

        Save(EndResultChart.Build(results, pairs), EndResultChart.FileName, ChartStyle.Height);
        if (factual is not null)
        {
            foreach (var (metric, title) in MonthDistributionChart.Metrics)
            {
                Save(MonthDistributionChart.Build(results, factual, metric, title), metric, ChartStyle.Height);
            }

            foreach (var (variable, title, quantity) in FanChart.Variables)
            {
                Save(FanChart.Build(results, factual, variable, title, quantity), FanChart.FileName(variable), ChartStyle.Height);
            }
        }

        Save(ClaimForestChart.Build(results), ClaimForestChart.FileName, ClaimForestChart.Height(results.Claims.Count));
        return written;

        void Save(Plot? plot, string baseName, int height)
        {
            if (plot is null)
            {
                return;
            }

            using (plot)
            {
                written.AddRange(ChartFile.Write(plot, plotsDirectory, baseName, ChartStyle.Width, height));
            }
        }
    }
}
