using Counterfactual.Experiments.Output;
using Counterfactual.Model.Metrics;
using ScottPlot;

namespace Counterfactual.Worker.Plotting;

/// <summary>
/// A fan chart of one monthly state variable for one deployment, pact vs no pact: the p10-p90 band of the
/// replications shaded, the median as a line.
/// </summary>
internal static class FanChart
{
    /// <summary>The trajectories drawn (file fan_{variable}), with the chart title and the y-axis quantity.</summary>
    internal static readonly IReadOnlyList<(string Variable, string Title, string Quantity)> Variables =
    [
        ("german_depth_km", "German depth on the Moscow axis", "German depth from the June 1941 border"),
        ("soviet_cohesion", "Soviet cohesion", "Soviet cohesion K"),
        ("southern_extent", "Japan's hold on the Southern Resource Area", "share of the area held"),
        ("pacific_progress", "US advance toward Japan", "US progress toward the home islands"),
    ];

    /// <summary>File name of the fan chart of <paramref name="variable"/>.</summary>
    internal static string FileName(string variable) => "fan_" + variable;

    /// <summary>The chart, or null when neither scenario of the pair has rows for <paramref name="variable"/>.</summary>
    internal static Plot? Build(ResultSet results, PactPair pair, string variable, string title, string quantity)
    {
        var pact = Rows(results, pair.PactScenarioId, variable);
        var noPact = Rows(results, pair.NoPactScenarioId, variable);
        if (pact.Count == 0 && noPact.Count == 0)
        {
            return null;
        }

        var plot = new Plot();
        AddFan(plot, pact, ChartStyle.Pact, "pact");
        AddFan(plot, noPact, ChartStyle.NoPact, "no pact");
        MonthAxis.UseMonthTicks(plot);
        ChartStyle.Label(
            plot,
            title + ": pact vs no pact (" + pair.Label + ")",
            "month  (deployment " + pair.Label + ": " + PactPairs.LabelLegend + ")",
            quantity + " (" + Unit(variable) + ")");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static string Unit(string variable) =>
        MetricCatalog.Trajectories.FirstOrDefault(t => string.Equals(t.Name, variable, StringComparison.Ordinal))?.Unit ?? "value";

    private static List<(double X, TrajectoryRow Row)> Rows(ResultSet results, string scenarioId, string variable)
    {
        var rows = new List<(double X, TrajectoryRow Row)>();
        foreach (var row in results.Trajectories)
        {
            if (string.Equals(row.ScenarioId, scenarioId, StringComparison.Ordinal)
                && string.Equals(row.Variable, variable, StringComparison.Ordinal)
                && MonthAxis.TryParse(row.Month, out var x)
                && double.IsFinite(row.P10) && double.IsFinite(row.P50) && double.IsFinite(row.P90))
            {
                rows.Add((x, row));
            }
        }

        rows.Sort((a, b) => a.X.CompareTo(b.X));
        return rows;
    }

    private static void AddFan(Plot plot, List<(double X, TrajectoryRow Row)> rows, Color color, string name)
    {
        if (rows.Count == 0)
        {
            return;
        }

        double[] xs = [.. rows.Select(r => r.X)];
        var band = plot.Add.FillY(xs, [.. rows.Select(r => r.Row.P10)], [.. rows.Select(r => r.Row.P90)]);
        band.FillColor = color.WithAlpha(0.22);
        band.LineWidth = 0;
        band.LegendText = name + ": p10-p90";

        var median = plot.Add.ScatterLine(xs, [.. rows.Select(r => r.Row.P50)], color);
        median.LineWidth = 2.5f;
        median.LegendText = name + ": median";
    }
}
