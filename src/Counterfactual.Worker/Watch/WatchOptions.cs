namespace Counterfactual.Worker.Watch;

/// <summary>The options of <c>counterfactual watch</c>, bound from the command line and validated at start.</summary>
public sealed class WatchOptions
{
    /// <summary>The default inbox, relative to the working directory.</summary>
    public const string DefaultInbox = "scenarios/inbox";

    /// <summary>The default parent of the result folders.</summary>
    public const string DefaultResults = "results";

    /// <summary>The folder watched for new batch files; processing/, done/ and failed/ live inside it.</summary>
    public string Inbox { get; set; } = DefaultInbox;

    /// <summary>Each batch is written to <c>Results/&lt;batch name&gt;</c>.</summary>
    public string Results { get; set; } = DefaultResults;

    /// <summary>Worker threads per run; the results do not depend on it.</summary>
    public int Threads { get; set; } = Environment.ProcessorCount;

    /// <summary>How often the inbox is rescanned even without file-system events (a safety net for missed events).</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A file must be unmodified this long before it is claimed, so a half-written file is not taken.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest scenarios x replications a batch may have; null means COUNTERFACTUAL_MAX_RUNS or the default.</summary>
    public long? MaxRuns { get; set; }

    /// <summary>The value of the COUNTERFACTUAL_MAX_RUNS environment variable, validated at start.</summary>
    public string? MaxRunsVariable { get; set; }
}
