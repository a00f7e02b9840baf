using ScottPlot;

namespace Counterfactual.Worker.Plotting;

/// <summary>Sizes, colours and label text shared by the charts, so they read as one set.</summary>
internal static class ChartStyle
{
    /// <summary>Default chart size in pixels: legible when a README shows it at full width.</summary>
    internal const int Width = 900;

    /// <inheritdoc cref="Width"/>
    internal const int Height = 500;

    internal const float TitleSize = 17;

    /// <summary>The factual world (pact signed).</summary>
    internal static readonly Color Pact = Color.FromHex("#1f77b4");

    /// <summary>The counterfactual world (no pact).</summary>
    internal static readonly Color NoPact = Color.FromHex("#d62728");

    internal static readonly Color Ink = Color.FromHex("#222222");

    internal static readonly Color Holds = Color.FromHex("#2ca02c");

    internal static readonly Color Fails = Color.FromHex("#d62728");

    internal static readonly Color Inconclusive = Color.FromHex("#7f7f7f");

    /// <summary>Colours of the end_result states, in <see cref="Model.Metrics.MetricCatalog.EndResultStates"/> order.</summary>
    internal static readonly IReadOnlyList<Color> EndStates =
    [
        Color.FromHex("#2b8cbe"),
        Color.FromHex("#a6bddb"),
        Color.FromHex("#fdae61"),
        Color.FromHex("#b2182b"),
    ];

    /// <summary>Applies the common title and axis labels.</summary>
    internal static void Label(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title, TitleSize);
        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
    }

    /// <summary>A readable name for an end state (ALLIED_VICTORY -> Allied victory).</summary>
    internal static string StateLabel(string state) => state switch
    {
        "ALLIED_VICTORY" => "Allied victory",
        "ALLIED_VICTORY_WITHOUT_USSR" => "Allied victory without USSR",
        "COMPROMISE_PEACE" => "Compromise peace",
        "AXIS_UNDEFEATED" => "Axis undefeated",
        _ => state,
    };

    /// <summary>The colour for a verdict (HOLDS / FAILS / INCONCLUSIVE).</summary>
    internal static Color VerdictColor(string verdict) => verdict switch
    {
        "HOLDS" => Holds,
        "FAILS" => Fails,
        _ => Inconclusive,
    };
}
