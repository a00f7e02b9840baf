namespace Counterfactual.Results.Shards;

/// <summary>
/// What a state file (<c>state.bin</c>) says about the worlds it holds: which batch, seed, model and tool
/// produced them, which shard of how many, and which range of worlds it covers. Merge and resume compare
/// these before trusting the aggregate that follows.
/// </summary>
/// <param name="ToolVersion">Version of the program that wrote the state.</param>
/// <param name="ModelVersion">Model version (<c>ModelInfo.Version</c>); states of different models never merge.</param>
/// <param name="BatchName">The batch's name.</param>
/// <param name="BatchFile">Path of the batch file as given to <c>run</c>.</param>
/// <param name="BatchSha256">SHA-256 (lower-case hex) of the batch file's bytes.</param>
/// <param name="Seed">The effective seed (after <c>--seed</c>).</param>
/// <param name="Replications">The effective replications of the whole batch (after <c>--replications</c>).</param>
/// <param name="Horizon">Last simulated month, "YYYY-MM".</param>
/// <param name="ShardIndex">K of K/N (0 for an unsharded run).</param>
/// <param name="ShardCount">N of K/N (1 for an unsharded run).</param>
/// <param name="RangeFrom">First world of the shard's range.</param>
/// <param name="RangeTo">End (exclusive) of the shard's range.</param>
/// <param name="WorldsDone">Worlds of the range accumulated: the state covers [RangeFrom, RangeFrom + WorldsDone).</param>
/// <param name="BatchBytes">The batch file's bytes, so <c>merge</c> can rebuild the result set without the file.</param>
public sealed record StateFileHeader(
    string ToolVersion,
    string ModelVersion,
    string BatchName,
    string BatchFile,
    string BatchSha256,
    ulong Seed,
    long Replications,
    string Horizon,
    int ShardIndex,
    int ShardCount,
    long RangeFrom,
    long RangeTo,
    long WorldsDone,
    ReadOnlyMemory<byte> BatchBytes)
{
    /// <summary>"K/N".</summary>
    public string Shard => $"{ShardIndex}/{ShardCount}";

    /// <summary>Whether the state covers its whole range.</summary>
    public bool Complete => WorldsDone == RangeTo - RangeFrom;
}
