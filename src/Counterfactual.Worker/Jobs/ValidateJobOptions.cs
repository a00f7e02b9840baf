namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual validate</c>.</summary>
public sealed class ValidateJobOptions
{
    /// <summary>The baseline batch (pact on, historical levers).</summary>
    public string Batch { get; set; } = "scenarios/history/baseline.json";

    /// <summary>The calibration targets.</summary>
    public string Events { get; set; } = "scenarios/history/events.csv";

    /// <summary>Where the baseline's result set and scorecard.csv go.</summary>
    public string Out { get; set; } = "results/validation";

    /// <summary>Overrides the baseline's replications (20,000 in the shipped file).</summary>
    public long? Replications { get; set; }

    /// <summary>Overrides the baseline's seed.</summary>
    public ulong? Seed { get; set; }

    /// <summary>Worker threads.</summary>
    public int Threads { get; set; } = Environment.ProcessorCount;
}
