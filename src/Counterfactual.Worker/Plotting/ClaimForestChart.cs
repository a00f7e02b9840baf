using System.Globalization;
using Counterfactual.Experiments.Output;
using ScottPlot;

namespace Counterfactual.Worker.Plotting;

/// <summary>
/// A forest plot of the claims: each claim's difference (b - a) with its interval, its margin shaded
/// (equivalence) or marked (other tests), coloured and labelled by its verdict. Claims measure different
/// things (km, probabilities, months), so each row is drawn on its own scale, its largest |bound| = 1,
/// and its real numbers are written beside it.
/// </summary>
internal static class ClaimForestChart
{
    internal const string FileName = "claims";

    private const double TextColumn = 1.15;

    /// <summary>Pixel height for <paramref name="claims"/> rows: the default, or taller when rows would crowd.</summary>
    internal static int Height(int claims) => Math.Max(ChartStyle.Height, 140 + (36 * claims));

    /// <summary>The chart, or null without claims.</summary>
    internal static Plot? Build(ResultSet results)
    {
        var claims = results.Claims;
        if (claims.Count == 0)
        {
            return null;
        }

        var plot = new Plot();
        var positions = new double[claims.Count];
        var labels = new string[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            var y = claims.Count - 1 - i;
            positions[i] = y;
            labels[i] = claim.ClaimId + "\n" + claim.Verdict + " (" + claim.Test + ")";
            AddRow(plot, claim, y);
        }

        plot.Add.VerticalLine(0, 1.5f, ChartStyle.Ink, LinePattern.Dashed);
        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Bottom.SetTicks([-1, 0, 1], ["-max", "0", "+max"]);
        plot.Axes.SetLimits(-1.2, 2.45, -0.7, claims.Count - 0.3);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        ChartStyle.Label(
            plot,
            "Claims: difference (b - a) with 95% interval, verdict per claim",
            "difference, each row scaled to its own largest |value|  (numbers on the right)",
            string.Empty);
        AddLegend(plot);
        return plot;
    }

    private static void AddRow(Plot plot, ClaimRow claim, double y)
    {
        var scale = Scale(claim);
        var color = ChartStyle.VerdictColor(claim.Verdict);
        var margin = Math.Abs(claim.Margin);
        if (double.IsFinite(margin) && margin > 0)
        {
            if (string.Equals(claim.Test, "equivalence", StringComparison.Ordinal))
            {
                var band = plot.Add.Rectangle(-margin / scale, margin / scale, y - 0.32, y + 0.32);
                band.FillColor = ChartStyle.Holds.WithAlpha(0.15);
                band.LineWidth = 0;
            }
            else
            {
                foreach (var edge in new[] { -margin, margin })
                {
                    var tick = plot.Add.Line(edge / scale, y - 0.3, edge / scale, y + 0.3);
                    tick.LineColor = ChartStyle.Ink;
                    tick.LinePattern = LinePattern.Dotted;
                    tick.LineWidth = 1.5f;
                }
            }
        }

        if (double.IsFinite(claim.CiLow) && double.IsFinite(claim.CiHigh))
        {
            var interval = plot.Add.Line(claim.CiLow / scale, y, claim.CiHigh / scale, y);
            interval.LineColor = color;
            interval.LineWidth = 3;
        }

        if (double.IsFinite(claim.Difference))
        {
            plot.Add.Marker(claim.Difference / scale, y, MarkerShape.FilledCircle, 11, color);
        }

        var text = plot.Add.Text(Describe(claim), TextColumn, y);
        text.LabelStyle.FontSize = 12;
        text.LabelStyle.ForeColor = ChartStyle.Ink;
        text.LabelStyle.Alignment = Alignment.MiddleLeft;
    }

    private static double Scale(ClaimRow claim)
    {
        var scale = 0.0;
        foreach (var value in new[] { claim.Difference, claim.CiLow, claim.CiHigh, claim.Margin })
        {
            if (double.IsFinite(value))
            {
                scale = Math.Max(scale, Math.Abs(value));
            }
        }

        return scale > 0 ? scale : 1;
    }

    private static string Describe(ClaimRow claim)
    {
        var equivalence = string.Equals(claim.Test, "equivalence", StringComparison.Ordinal);
        var margin = !double.IsFinite(claim.Margin) || claim.Margin == 0 ? "margin 0"
            : (equivalence ? "margin ±" : "margin ") + Number(Math.Abs(claim.Margin));
        return "d = " + Number(claim.Difference) + " [" + Number(claim.CiLow) + ", " + Number(claim.CiHigh) + "]\n" + margin;
    }

    private static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "F0" : magnitude >= 10 ? "F1" : magnitude >= 1 ? "F2" : "0.####";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    private static void AddLegend(Plot plot)
    {
        foreach (var verdict in new[] { "HOLDS", "FAILS", "INCONCLUSIVE" })
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = verdict,
                LineColor = ChartStyle.VerdictColor(verdict),
                LineWidth = 3,
                MarkerShape = MarkerShape.FilledCircle,
                MarkerFillColor = ChartStyle.VerdictColor(verdict),
                MarkerLineColor = ChartStyle.VerdictColor(verdict),
                MarkerSize = 9,
            });
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "equivalence margin", FillColor = ChartStyle.Holds.WithAlpha(0.15) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "other margin", LineColor = ChartStyle.Ink, LinePattern = LinePattern.Dotted, LineWidth = 1.5f });
        plot.ShowLegend(Edge.Bottom);
    }
}
