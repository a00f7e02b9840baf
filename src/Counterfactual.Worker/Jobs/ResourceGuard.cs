using System.Globalization;
using Counterfactual.Experiments.Batches;
using Counterfactual.Model.Metrics;
using Counterfactual.Worker.Hosting;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// Refuses batches that would run for days or fill the disk, before anything is created: a batch of
/// more than the limit of scenario-replications (scenarios x replications) needs <c>--force</c>, and
/// <c>--raw</c> needs room for replications.csv on the output volume.
/// </summary>
internal static class ResourceGuard
{
    /// <summary>The default limit of scenario-replications per batch (about an hour or two on two cores).</summary>
    public const long DefaultMaxRuns = 2_000_000_000;

    /// <summary>Environment variable that sets the limit when <c>--max-runs</c> is not given.</summary>
    public const string MaxRunsVariable = "COUNTERFACTUAL_MAX_RUNS";

    /// <summary>Bytes per field of replications.csv assumed by the disk estimate (state names and full-precision numbers run 7-20).</summary>
    public const int EstimatedBytesPerField = 14;

    /// <summary>Room left over on the volume besides replications.csv (the other result files, temporary copies).</summary>
    public const long Headroom = 64L * 1024 * 1024;

    /// <summary>The limit in force: <c>--max-runs</c>, else the environment variable, else the default.</summary>
    public static long MaxRuns(long? option, string? variable) =>
        option ?? (TryParseLimit(variable, out var fromVariable) ? fromVariable : DefaultMaxRuns);

    /// <summary>Parses a limit as given in the environment (digits, optional '_' or ',' separators); false when absent or invalid.</summary>
    public static bool TryParseLimit(string? text, out long limit)
    {
        limit = 0;
        var cleaned = text?.Trim().Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return !string.IsNullOrEmpty(cleaned)
            && long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out limit)
            && limit >= 1;
    }

    /// <summary>Throws <see cref="UserInputException"/> when the batch is over the limit (unless forced) or the raw output will not fit.</summary>
    public static void Enforce(string batchFile, Batch batch, string outputDirectory, bool raw, long maxRuns, bool force)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var runs = (decimal)batch.Scenarios.Count * batch.Replications;
        if (runs > maxRuns && !force)
        {
            throw new UserInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{batchFile}: $.replications: {batch.Scenarios.Count:N0} scenarios x {batch.Replications:N0} replications = {runs:N0} scenario-replications, over the limit of {maxRuns:N0}; pass --force to run it anyway, or raise --max-runs (or {MaxRunsVariable})"));
        }

        if (!raw || force)
        {
            return;
        }

        var needed = EstimateRawBytes(batch) + Headroom;
        if (AvailableBytes(outputDirectory) is { } available && needed > available)
        {
            throw new UserInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{batchFile}: $.replications: --raw would write about {Gigabytes(needed)} GB of replications.csv ({runs:N0} rows) but {Path.GetFullPath(outputDirectory)} has {Gigabytes(available)} GB free; free some space, lower the replications, or drop --raw"));
        }
    }

    /// <summary>Estimated size of replications.csv: rows x header width x <see cref="EstimatedBytesPerField"/>.</summary>
    public static decimal EstimateRawBytes(Batch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var fields = 2 + MetricCatalog.PerReplication.Count + batch.Catalog.Definitions.Count;
        return (decimal)batch.Scenarios.Count * batch.Replications * fields * EstimatedBytesPerField;
    }

    /// <summary>Free bytes on the volume that will hold <paramref name="directory"/> (its nearest existing ancestor); null when unknown.</summary>
    public static long? AvailableBytes(string directory)
    {
        try
        {
            var dir = new DirectoryInfo(Path.GetFullPath(directory));
            while (dir is not null && !dir.Exists)
            {
                dir = dir.Parent;
            }

            return dir is null ? null : new DriveInfo(dir.FullName).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string Gigabytes(decimal bytes) => (bytes / (1024m * 1024 * 1024)).ToString("N1", CultureInfo.InvariantCulture);
}
