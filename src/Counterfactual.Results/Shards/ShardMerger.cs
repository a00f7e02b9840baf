using Counterfactual.Experiments.Claims;
using System.Globalization;
using Counterfactual.Experiments;
using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Running;

namespace Counterfactual.Results.Shards;

/// <summary>
/// Combines shard directories (each with its <c>state.bin</c>) into the result set of the whole run. The
/// states are exact integers, so the merged CSVs are the bytes an unsharded run writes, whatever the order
/// of the arguments. Everything is checked before anything is built: one batch, seed, model version and
/// replication count; every shard complete; ranges that tile 0..R with no gap and no overlap.
/// </summary>
public static class ShardMerger
{
    /// <summary>Reads and checks the shards in <paramref name="directories"/> and returns the merged result set.</summary>
    /// <param name="directories">Shard directories, in any order.</param>
    /// <param name="info">Manifest fields of the merge (tool version, git commit); the batch fields come from the shards.</param>
    /// <param name="now">The merge's time, recorded as the manifest's start and finish.</param>
    /// <exception cref="InvalidDataException">The shards do not make one whole run; the message says why in one line.</exception>
    public static ResultSet Merge(IReadOnlyList<string> directories, ManifestInfo info, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(directories);
        ArgumentNullException.ThrowIfNull(info);
        if (directories.Count == 0)
        {
            throw new InvalidDataException("no shard directories given");
        }

        var shards = directories.Select(ReadShard).ToList();
        CheckSame(shards, h => h.BatchSha256, "batches (batch file SHA-256)");
        CheckSame(shards, h => h.Seed.ToString(CultureInfo.InvariantCulture), "seeds");
        CheckSame(shards, h => h.ModelVersion, "model versions");
        CheckSame(shards, h => h.Replications.ToString(CultureInfo.InvariantCulture), "replication counts");
        CheckSame(shards, h => h.Horizon, "horizons");
        foreach (var s in shards.Where(s => !s.Header.Complete))
        {
            throw new InvalidDataException(
                $"{s.Directory}: shard {s.Header.Shard} is incomplete ({s.Header.WorldsDone:N0} of {s.Header.RangeTo - s.Header.RangeFrom:N0} worlds); finish it with 'run --resume' first");
        }

        CheckTiling(shards);
        var first = shards[0].Header;
        var loaded = BatchLoader.Parse(first.BatchBytes.Span, first.BatchFile);
        if (loaded.Batch is null)
        {
            throw new InvalidDataException($"{shards[0].Directory}: the batch stored in the state file no longer validates ({loaded.Errors[0]})");
        }

        var batch = loaded.Batch.WithOverrides(first.Replications, first.Seed);
        var total = new AggregateState(BatchRunner.LayoutOf(batch));
        foreach (var s in shards)
        {
            if (s.State.Layout != total.Layout)
            {
                throw new InvalidDataException($"{s.Directory}: the state's layout {s.State.Layout} does not match the batch's {total.Layout}");
            }

            total.Merge(s.State);
        }

        var manifest = new ManifestInfo(info.ToolVersion, first.BatchFile, first.BatchSha256, info.GitCommit, Shard: null);
        var merged = RangeResults.Build(batch, total, WorldRange.All(batch.Replications), manifest, threads: 1, now, now);
        return ClaimAnalyses.Complete(batch, merged, Environment.ProcessorCount, CancellationToken.None);
    }

    private static Shard ReadShard(string directory)
    {
        var path = StateFile.PathIn(directory);
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"{directory}: no such directory");
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{directory}: no {StateFile.FileName} (not a shard directory, or the shard never checkpointed)");
        }

        try
        {
            var (header, state) = StateFile.Read(path);
            return new Shard(directory, header, state);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read ({e.Message})", e);
        }
    }

    private static void CheckSame(List<Shard> shards, Func<StateFileHeader, string> key, string what)
    {
        var first = shards[0];
        var other = shards.FirstOrDefault(s => key(s.Header) != key(first.Header));
        if (other is not null)
        {
            throw new InvalidDataException(
                $"shards of different {what}: {first.Directory} has {key(first.Header)}, {other.Directory} has {key(other.Header)}");
        }
    }

    private static void CheckTiling(List<Shard> shards)
    {
        var ordered = shards.OrderBy(s => s.Header.RangeFrom).ThenBy(s => s.Header.RangeTo).ToList();
        long next = 0;
        Shard? previous = null;
        foreach (var s in ordered)
        {
            var h = s.Header;
            if (previous is not null && h.RangeFrom < next)
            {
                var kind = h.RangeFrom == previous.Header.RangeFrom && h.RangeTo == previous.Header.RangeTo ? "duplicated" : "overlapping";
                throw new InvalidDataException(
                    $"{kind} shards: {previous.Directory} (shard {previous.Header.Shard}, worlds [{previous.Header.RangeFrom}, {previous.Header.RangeTo})) and {s.Directory} (shard {h.Shard}, worlds [{h.RangeFrom}, {h.RangeTo}))");
            }

            if (h.RangeFrom > next)
            {
                throw new InvalidDataException($"missing shard: no shard covers worlds [{next}, {h.RangeFrom}) of 0..{h.Replications}");
            }

            next = h.RangeTo;
            previous = s;
        }

        var replications = ordered[0].Header.Replications;
        if (next < replications)
        {
            throw new InvalidDataException($"missing shard: no shard covers worlds [{next}, {replications}) of 0..{replications}");
        }
    }

    private sealed record Shard(string Directory, StateFileHeader Header, AggregateState State);
}
