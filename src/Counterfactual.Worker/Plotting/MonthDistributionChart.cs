using System.Globalization;
using Counterfactual.Experiments.Output;
using ScottPlot;

namespace Counterfactual.Worker.Plotting;

/// <summary>
/// The distribution of a month-valued outcome (war end, Germany's or Japan's surrender) for one deployment,
/// pact vs no pact: one pair of bars per month, and the share of "never" (not by the horizon) in the legend.
/// </summary>
internal static class MonthDistributionChart
{
    /// <summary>The month metrics drawn, each into a file of its own name, with the chart's title.</summary>
    internal static readonly IReadOnlyList<(string Metric, string Title)> Metrics =
    [
        ("war_end_month", "Month the war ended"),
        ("germany_surrender_month", "Month Germany surrendered"),
        ("japan_surrender_month", "Month Japan surrendered"),
    ];

    private const string Never = "never";

    // Each month is about 30 days wide on the axis; the two bars share it.
    private const double BarDays = 13;
    private const double OffsetDays = 7.5;

    /// <summary>The chart, or null when neither scenario of the pair has rows for <paramref name="metric"/>.</summary>
    internal static Plot? Build(ResultSet results, PactPair pair, string metric, string title)
    {
        var pact = Rows(results, pair.PactScenarioId, metric);
        var noPact = Rows(results, pair.NoPactScenarioId, metric);
        if (pact.Count == 0 && noPact.Count == 0)
        {
            return null;
        }

        var plot = new Plot();
        AddSeries(plot, pact, -OffsetDays, ChartStyle.Pact, "pact");
        AddSeries(plot, noPact, OffsetDays, ChartStyle.NoPact, "no pact");
        MonthAxis.UseMonthTicks(plot);
        plot.Axes.Margins(bottom: 0);
        ChartStyle.Label(
            plot,
            title + ": pact vs no pact (" + pair.Label + ")",
            "month  (deployment " + pair.Label + ": " + PactPairs.LabelLegend + ")",
            "probability per month");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static List<DistributionRow> Rows(ResultSet results, string scenarioId, string metric) =>
        [.. results.Distributions.Where(r =>
            string.Equals(r.ScenarioId, scenarioId, StringComparison.Ordinal) && string.Equals(r.Metric, metric, StringComparison.Ordinal))];

    private static void AddSeries(Plot plot, List<DistributionRow> rows, double offsetDays, Color color, string name)
    {
        var never = 0.0;
        var bars = new List<Bar>();
        foreach (var row in rows)
        {
            if (string.Equals(row.Bin, Never, StringComparison.Ordinal))
            {
                never += row.Probability;
            }
            else if (MonthAxis.TryParse(row.Bin, out var start))
            {
                bars.Add(new Bar
                {
                    Position = start + (MonthAxis.DaysPerMonth / 2) + offsetDays,
                    Value = row.Probability,
                    Size = BarDays,
                    FillColor = color,
                    LineWidth = 0,
                });
            }
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"{name}: never {never * 100:F1}%");
        if (bars.Count == 0)
        {
            // Nothing happened by the horizon in this world: still name it in the legend.
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
            return;
        }

        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = label;
        plottable.Color = color;
    }
}
