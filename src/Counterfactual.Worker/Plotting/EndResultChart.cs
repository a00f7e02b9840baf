using Counterfactual.Experiments.Output;
using Counterfactual.Model.Metrics;
using ScottPlot;
using ScottPlot.Plottables;

namespace Counterfactual.Worker.Plotting;

/// <summary>
/// P(end state) per deployment, pact (solid) and no pact (hatched) side by side, stacked over the four
/// end_result states, with the Wilson 95% interval of P(Allied victory) as error bars.
/// </summary>
internal static class EndResultChart
{
    internal const string FileName = "end_result";

    private const string Metric = "end_result";
    private const double GroupStep = 2.6;
    private const double BarWidth = 0.9;

    /// <summary>The chart, or null when there are no pact pairs with end_result rows.</summary>
    internal static Plot? Build(ResultSet results, IReadOnlyList<PactPair> pairs)
    {
        var rows = results.EndStates
            .Where(r => string.Equals(r.Metric, Metric, StringComparison.Ordinal))
            .ToLookup(r => r.ScenarioId, StringComparer.Ordinal);
        var drawn = pairs.Where(p => rows.Contains(p.PactScenarioId) && rows.Contains(p.NoPactScenarioId)).ToList();
        if (drawn.Count == 0)
        {
            return null;
        }

        var states = StatesInOrder(results);
        var plot = new Plot();
        var bars = new List<Bar>();
        var errorXs = new List<double>();
        var errorYs = new List<double>();
        var errorUp = new List<double>();
        var errorDown = new List<double>();
        var tickPositions = new List<double>();
        var tickLabels = new List<string>();

        for (var g = 0; g < drawn.Count; g++)
        {
            var left = g * GroupStep;
            AddStack(rows[drawn[g].PactScenarioId], left, hatched: false);
            AddStack(rows[drawn[g].NoPactScenarioId], left + 1, hatched: true);
            tickPositions.Add(left + 0.5);
            tickLabels.Add(drawn[g].Label.Replace(' ', '\n'));
        }

        plot.Add.Bars(bars);
        var errors = new ErrorBar(errorXs, errorYs, null, null, errorUp, errorDown)
        {
            LineColor = ChartStyle.Ink,
            LineWidth = 1.5f,
            CapSize = 5,
        };
        plot.Add.Plottable(errors);

        plot.Axes.Bottom.SetTicks([.. tickPositions], [.. tickLabels]);
        plot.Axes.SetLimits(-0.8, ((drawn.Count - 1) * GroupStep) + 1.8, 0, 1.02);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        ChartStyle.Label(
            plot,
            "End result by deployment: pact (solid) vs no pact (hatched)",
            "deployment, pact | no pact  (" + PactPairs.LabelLegend + ")",
            "probability (share of replications)");
        AddLegend(plot, states);
        return plot;

        void AddStack(IEnumerable<EndStateRow> scenarioRows, double position, bool hatched)
        {
            var byState = scenarioRows.ToDictionary(r => r.State, StringComparer.Ordinal);
            var bottom = 0.0;
            for (var s = 0; s < states.Count; s++)
            {
                if (!byState.TryGetValue(states[s], out var row) || !(row.Probability > 0))
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = bottom,
                    Value = bottom + row.Probability,
                    Size = BarWidth,
                    FillColor = StateColor(s),
                    FillHatch = hatched ? new ScottPlot.Hatches.Striped() : null,
                    FillHatchColor = Colors.White.WithAlpha(0.55),
                    LineColor = Colors.White,
                    LineWidth = 0.5f,
                });
                bottom += row.Probability;
            }

            // The Wilson interval of P(Allied victory), drawn at the top of its (bottom) segment.
            if (byState.TryGetValue(MetricCatalog.EndResultStates[0], out var victory) && double.IsFinite(victory.CiLow) && double.IsFinite(victory.CiHigh))
            {
                errorXs.Add(position);
                errorYs.Add(victory.Probability);
                errorUp.Add(Math.Max(0, victory.CiHigh - victory.Probability));
                errorDown.Add(Math.Max(0, victory.Probability - victory.CiLow));
            }
        }
    }

    private static List<string> StatesInOrder(ResultSet results)
    {
        var states = new List<string>(MetricCatalog.EndResultStates);
        foreach (var row in results.EndStates)
        {
            if (string.Equals(row.Metric, Metric, StringComparison.Ordinal) && !states.Contains(row.State, StringComparer.Ordinal))
            {
                states.Add(row.State);
            }
        }

        return states;
    }

    private static Color StateColor(int index) =>
        index < ChartStyle.EndStates.Count ? ChartStyle.EndStates[index] : new ScottPlot.Palettes.Category10().GetColor(index);

    private static void AddLegend(Plot plot, List<string> states)
    {
        for (var s = 0; s < states.Count; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartStyle.StateLabel(states[s]), FillColor = StateColor(s) });
        }

        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "no pact (hatched)",
            FillColor = Colors.Gray,
            FillHatch = new ScottPlot.Hatches.Striped(),
            FillHatchColor = Colors.White.WithAlpha(0.55),
        });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "95% Wilson CI, P(Allied victory)",
            LineColor = ChartStyle.Ink,
            LineWidth = 1.5f,
        });
        plot.ShowLegend(Edge.Right);
    }
}
