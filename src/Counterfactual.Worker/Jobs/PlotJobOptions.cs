namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual plot</c>.</summary>
public sealed class PlotJobOptions
{
    /// <summary>The result set directory; charts go to its <c>plots/</c> folder.</summary>
    public string Directory { get; set; } = "";
}
