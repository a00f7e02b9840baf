using Counterfactual.Experiments.Running;

namespace Counterfactual.Worker.Jobs;

/// <summary>The options of <c>counterfactual run</c>, bound from the command line and validated at start.</summary>
public sealed class RunJobOptions
{
    /// <summary>Batch files to run; empty means the default batch.</summary>
    public IReadOnlyList<string> Batches { get; set; } = [];

    /// <summary>Output directory (one batch) or parent directory (several batches); default results/&lt;batch&gt;.</summary>
    public string? Out { get; set; }

    /// <summary>Overrides the batch's replication count.</summary>
    public long? Replications { get; set; }

    /// <summary>Overrides the batch's seed.</summary>
    public ulong? Seed { get; set; }

    /// <summary>Worker threads; the results do not depend on it.</summary>
    public int Threads { get; set; } = Environment.ProcessorCount;

    /// <summary>Also write replications.csv (one row per scenario and replication).</summary>
    public bool Raw { get; set; }

    /// <summary>No progress and no information lines; warnings and errors only.</summary>
    public bool Quiet { get; set; }

    /// <summary>Largest scenarios x replications run without <see cref="Force"/>; null means COUNTERFACTUAL_MAX_RUNS or the default.</summary>
    public long? MaxRuns { get; set; }

    /// <summary>The value of the COUNTERFACTUAL_MAX_RUNS environment variable, validated at start.</summary>
    public string? MaxRunsVariable { get; set; }

    /// <summary>Run batches over the limit, and skip the free-disk check of <see cref="Raw"/>.</summary>
    public bool Force { get; set; }

    /// <summary>Run only shard K/N ("K/N"): replications [K·R/N, (K+1)·R/N), with a mergeable state.bin.</summary>
    public string? Shard { get; set; }

    /// <summary>Continue from the state.bin checkpoint in the output directory.</summary>
    public bool Resume { get; set; }

    /// <summary>Seconds between checkpoints of state.bin.</summary>
    public double CheckpointSeconds { get; set; } = 5;

    /// <summary>
    /// The batch files already being read and parsed (see <see cref="BatchFiles.Prefetch"/>) while the host
    /// starts, by path; a path not in it is read when the job runs.
    /// </summary>
    internal IReadOnlyDictionary<string, Task<LoadedBatch>> Prefetched { get; set; } = new Dictionary<string, Task<LoadedBatch>>();

    /// <summary>The model's warm-up started with the command (<see cref="ModelWarmUp"/>), stopped before the first run; null when none.</summary>
    internal ModelWarmUp? WarmUp { get; set; }
}
