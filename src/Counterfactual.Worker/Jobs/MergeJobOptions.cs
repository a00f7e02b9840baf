namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual merge</c>.</summary>
public sealed class MergeJobOptions
{
    /// <summary>Shard directories (each written by <c>run --shard K/N</c>), in any order.</summary>
    public IReadOnlyList<string> Shards { get; set; } = [];

    /// <summary>Where the merged result set goes.</summary>
    public string Out { get; set; } = "";
}
