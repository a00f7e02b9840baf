namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual trace</c>.</summary>
public sealed class TraceJobOptions
{
    /// <summary>The batch file the world belongs to.</summary>
    public string Batch { get; set; } = "";

    /// <summary>The scenario id (s01, s02, ... as in scenarios.csv).</summary>
    public string Scenario { get; set; } = "";

    /// <summary>The 0-based replication index, as in replications.csv.</summary>
    public long Replication { get; set; }

    /// <summary>The events CSV; default results/&lt;batch&gt;/traces/&lt;scenario&gt;-r&lt;replication&gt;.csv.</summary>
    public string? Out { get; set; }

    /// <summary>The seed override the batch was run with, if any.</summary>
    public ulong? Seed { get; set; }

    /// <summary>The replication-count override the batch was run with, if any (matters for LHS designs and the range check).</summary>
    public long? Replications { get; set; }
}
