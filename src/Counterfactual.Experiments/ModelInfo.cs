namespace Counterfactual.Experiments;

/// <summary>Identifies the model a result set was produced with (written to the manifest; shards of different versions never merge).</summary>
public static class ModelInfo
{
    /// <summary>Bumped whenever the model's rules or parameter table change what a seed produces.</summary>
    public const string Version = "model-1";
}
