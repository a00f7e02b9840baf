using Counterfactual.Worker.Jobs;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Watch;

/// <summary>Validates <see cref="WatchOptions"/> at host start; each failure names the command-line option.</summary>
public sealed class WatchOptionsValidator : IValidateOptions<WatchOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Inbox))
        {
            failures.Add("--inbox must name a directory");
        }

        if (string.IsNullOrWhiteSpace(options.Results))
        {
            failures.Add("--results must name a directory");
        }
        else if (!string.IsNullOrWhiteSpace(options.Inbox) && SamePath(options.Inbox, options.Results))
        {
            failures.Add("--inbox and --results must be different directories");
        }

        if (options.Threads is < 1 or > RunJobOptionsValidator.MaxThreads)
        {
            failures.Add($"--threads must be between 1 and {RunJobOptionsValidator.MaxThreads} (got {options.Threads})");
        }

        if (options.RescanInterval <= TimeSpan.Zero)
        {
            failures.Add($"--rescan must be a positive number of seconds (got {options.RescanInterval.TotalSeconds})");
        }

        if (options.MaxRuns is < 1)
        {
            failures.Add($"--max-runs must be at least 1 (got {options.MaxRuns})");
        }
        else if (options.MaxRuns is null && options.MaxRunsVariable is { } variable && !ResourceGuard.TryParseLimit(variable, out _))
        {
            failures.Add($"{ResourceGuard.MaxRunsVariable} must be a positive whole number of scenario-replications (got '{variable}')");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
