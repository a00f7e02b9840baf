namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual battles</c>.</summary>
public sealed class BattlesJobOptions
{
    /// <summary>A battle table in the format of CDB90's original CDB90-orig.csv.</summary>
    public string Input { get; set; } = string.Empty;

    /// <summary>The CSV to write, one row per simulated battle.</summary>
    public string Out { get; set; } = string.Empty;

    /// <summary>A battle_durations.csv; default: one beside the input, if present.</summary>
    public string? Durations { get; set; }

    /// <summary>Replications per battle.</summary>
    public int Replications { get; set; } = 1000;

    /// <summary>Random seed.</summary>
    public ulong Seed { get; set; } = 1;
}
