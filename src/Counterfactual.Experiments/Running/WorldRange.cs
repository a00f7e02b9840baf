namespace Counterfactual.Experiments.Running;

/// <summary>
/// A contiguous range of worlds (replication indices) [<see cref="From"/>, <see cref="To"/>): the unit of
/// shards and resumed runs. Replication r always sees the same random streams, so any split of 0..R into
/// ranges, run anywhere and merged, gives the bits of the whole run.
/// </summary>
/// <param name="From">First replication index (inclusive, at least 0).</param>
/// <param name="To">End (exclusive, at least <paramref name="From"/>).</param>
public readonly record struct WorldRange(long From, long To)
{
    /// <summary>Worlds in the range.</summary>
    public long Count => To - From;

    /// <summary>All worlds of a batch of <paramref name="replications"/>.</summary>
    public static WorldRange All(long replications) => new(0, replications);

    /// <summary>
    /// Shard <paramref name="index"/> of <paramref name="count"/>: [K·R/N, (K+1)·R/N), so the shards tile
    /// 0..R without gaps or overlaps and differ in size by at most one world.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 &lt;= K &lt; N, or R negative.</exception>
    public static WorldRange Shard(long replications, int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replications);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        return new WorldRange(Boundary(replications, index, count), Boundary(replications, index + 1, count));
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{From}, {To})";

    private static long Boundary(long replications, int index, int count) => (long)((Int128)replications * index / count);
}
