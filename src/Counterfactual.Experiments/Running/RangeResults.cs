using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Output;
using Counterfactual.Model.Time;

namespace Counterfactual.Experiments.Running;

/// <summary>Turns the state of a range of worlds (a whole run, a shard, a resumed or merged run) into a result set.</summary>
public static class RangeResults
{
    /// <summary>
    /// The result set of <paramref name="state"/>, which covers the first <c>state.Worlds</c> worlds of
    /// <paramref name="range"/>. The manifest's <c>replications</c> is the range's size (the batch's for a whole
    /// run) and <c>complete</c> says whether the state covers all of it.
    /// </summary>
    public static ResultSet Build(Batch batch, AggregateState state, WorldRange range, ManifestInfo info, int threads, DateTimeOffset started, DateTimeOffset finished)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(info);
        var manifest = new RunManifest(
            "counterfactual",
            info.ToolVersion,
            ModelInfo.Version,
            batch.Name,
            info.BatchFile,
            info.BatchSha256,
            batch.Seed,
            range.Count,
            state.Worlds,
            batch.Scenarios.Count,
            Calendar.Format(batch.Horizon),
            info.Shard,
            state.Worlds == range.Count,
            started,
            finished,
            info.GitCommit,
            threads);
        return ResultBuilder.Build(batch, state, manifest);
    }
}
