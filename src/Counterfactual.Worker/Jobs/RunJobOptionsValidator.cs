using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>Validates <see cref="RunJobOptions"/> at host start; each failure names the command-line option.</summary>
public sealed class RunJobOptionsValidator : IValidateOptions<RunJobOptions>
{
    /// <summary>Largest replication count accepted on the command line.</summary>
    public const long MaxReplications = Counterfactual.Experiments.Batches.Batch.MaxReplications;

    /// <summary>Largest thread count accepted.</summary>
    public const int MaxThreads = 1024;

    public ValidateOptionsResult Validate(string? name, RunJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Replications is { } r && r is < 1 or > MaxReplications)
        {
            failures.Add($"--replications must be between 1 and {MaxReplications:N0} (got {r})");
        }

        if (options.Threads is < 1 or > MaxThreads)
        {
            failures.Add($"--threads must be between 1 and {MaxThreads} (got {options.Threads})");
        }

        if (options.MaxRuns is < 1)
        {
            failures.Add($"--max-runs must be at least 1 (got {options.MaxRuns})");
        }
        else if (options.MaxRuns is null && options.MaxRunsVariable is { } variable && !ResourceGuard.TryParseLimit(variable, out _))
        {
            failures.Add($"{ResourceGuard.MaxRunsVariable} must be a positive whole number of scenario-replications (got '{variable}')");
        }

        if (options.Shard is { } shard && !ShardSpec.TryParse(shard, out _))
        {
            failures.Add($"--shard must be K/N with 0 <= K < N <= {ShardSpec.MaxCount:N0} (got '{shard}')");
        }

        if (!double.IsFinite(options.CheckpointSeconds) || options.CheckpointSeconds is < 0.05 or > 86_400)
        {
            failures.Add($"--checkpoint must be between 0.05 and 86400 seconds (got {options.CheckpointSeconds})");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
