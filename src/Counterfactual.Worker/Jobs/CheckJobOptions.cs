namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual check</c>.</summary>
public sealed class CheckJobOptions
{
    /// <summary>Batch files to validate.</summary>
    public IReadOnlyList<string> Batches { get; set; } = [];
}
