using Counterfactual.Experiments.Running;
using Counterfactual.Results;
using Counterfactual.Results.Shards;
using Counterfactual.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// <c>counterfactual merge DIR... --out DIR</c>: combines the state files of shards into the result set of the
/// whole run, byte-identical to an unsharded run. Every check happens before the output directory is
/// created; a refusal is one line and exit 2.
/// </summary>
internal sealed class MergeJob(IOptions<MergeJobOptions> options, ILogger<MergeJob> logger, TimeProvider clock) : ICommandJob
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var info = new ManifestInfo(VersionInfo.Tool, "", "", GitInfo.TryReadCommit(), null);
        Experiments.Output.ResultSet merged;
        try
        {
            merged = ShardMerger.Merge(o.Shards, info, clock.GetUtcNow());
        }
        catch (InvalidDataException e)
        {
            throw new UserInputException("merge: " + e.Message, e);
        }

        ResultSetWriter.Write(merged, o.Out, includesRaw: false);
        logger.LogInformation(
            "Merged {Count} shards of {Batch} ({Replications} replications) -> {Out}",
            o.Shards.Count,
            merged.Manifest.BatchName,
            merged.Manifest.ReplicationsCompleted,
            o.Out);
        return Task.FromResult(ExitCodes.Success);
    }
}
