namespace Counterfactual.Results;

/// <summary>
/// The file names of a result set (ARCHITECTURE.md, Results). These names are part of the product's
/// interface: scripts, notebooks and the merge and compare commands rely on them.
/// </summary>
public static class ResultFiles
{
    /// <summary>The run's provenance (JSON); written last, so its presence means the CSVs are complete.</summary>
    public const string Manifest = "manifest.json";

    /// <summary>One row per scenario: its lever values and replications.</summary>
    public const string Scenarios = "scenarios.csv";

    /// <summary>One row per scenario x categorical metric x state.</summary>
    public const string EndStates = "end_states.csv";

    /// <summary>One row per scenario x numeric metric.</summary>
    public const string Summary = "summary.csv";

    /// <summary>One row per scenario x metric x bin.</summary>
    public const string Distributions = "distributions.csv";

    /// <summary>One row per scenario x month x trajectory variable.</summary>
    public const string Trajectories = "trajectories.csv";

    /// <summary>One row per claim.</summary>
    public const string Claims = "claims.csv";

    /// <summary>One row per column of every file, plus one per metric and trajectory variable.</summary>
    public const string Codebook = "codebook.csv";

    /// <summary>One row per scenario x replication (only with <c>--raw</c>); streamed by <see cref="CsvRawSink"/>.</summary>
    public const string Replications = "replications.csv";

    /// <summary>The history-conditioning summary, one row (only when the batch has a conditioning block).</summary>
    public const string Conditioning = "conditioning.csv";

    /// <summary>One row per claim x uncertain parameter: Sobol indices (only when the batch asks for sensitivity).</summary>
    public const string Sensitivity = "sensitivity.csv";

    /// <summary>One row per claim x PRIM box x restricted dimension (only when the batch asks for discovery).</summary>
    public const string Discovery = "discovery.csv";

    /// <summary>The aggregate CSVs in the order they are written (codebook last among them).</summary>
    public static IReadOnlyList<string> AggregateCsvs { get; } =
        [Scenarios, EndStates, Summary, Distributions, Trajectories, Claims, Codebook];
}
