using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Running;

namespace Counterfactual.Experiments.Tests.Running;

/// <summary>The world-range entry point behind shards and resume: any split, any segmenting, the same bits.</summary>
public sealed class RangeRunnerTests
{
    [Theory]
    [InlineData(600, 3)]
    [InlineData(10, 4)]
    [InlineData(7, 7)]
    [InlineData(1_000_000_007, 13)]
    public void Shard_AllShards_TileTheReplicationsWithoutGapOrOverlap(long replications, int count)
    {
        long next = 0;
        for (var k = 0; k < count; k++)
        {
            var range = WorldRange.Shard(replications, k, count);
            Assert.Equal(next, range.From);
            Assert.InRange(range.Count, (replications / count) - 1, (replications / count) + 1);
            next = range.To;
        }

        Assert.Equal(replications, next);
    }

    [Fact]
    public void Shard_IndexOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorldRange.Shard(10, 3, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorldRange.Shard(10, -1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorldRange.Shard(10, 0, 0));
    }

    [Fact]
    public void Run_WithFrequentCheckpoints_EqualsOneSegmentAndEveryCheckpointIsABlockPrefix()
    {
        var batch = TestBatches.Load(TestBatches.Small(3000));
        var whole = RangeRunner.Run(batch, WorldRange.All(3000), null, new RangeRunOptions(2), default);
        var checkpoints = new List<long>();
        var segmented = RangeRunner.Run(
            batch,
            WorldRange.All(3000),
            null,
            new RangeRunOptions(2, Checkpoint: s => checkpoints.Add(s.Worlds), CheckpointInterval: TimeSpan.Zero),
            default);

        Assert.Equal(Bytes(whole), Bytes(segmented));
        Assert.NotEmpty(checkpoints);
        Assert.All(checkpoints, w => Assert.Equal(0, w % BatchRunner.BlockSize));
        Assert.Equal(checkpoints.Order(), checkpoints);
    }

    [Fact]
    public void Run_ResumedFromAPrefixState_EqualsTheUninterruptedRun()
    {
        var batch = TestBatches.Load(TestBatches.Small(1500));
        var range = WorldRange.Shard(1500, 1, 2);
        var whole = RangeRunner.Run(batch, range, null, new RangeRunOptions(1), default);

        // A prefix of 512 worlds, as a checkpoint would have saved it, read back and continued on 2 threads.
        var prefix = BatchRunner.Accumulate(batch, range.From, range.From + 512, 2, null, null, default);
        using var saved = new MemoryStream();
        prefix.WriteTo(saved);
        saved.Position = 0;
        var resumed = RangeRunner.Run(batch, range, AggregateState.ReadFrom(saved), new RangeRunOptions(2), default);

        Assert.Equal(range.Count, resumed.Worlds);
        Assert.Equal(Bytes(whole), Bytes(resumed));
    }

    [Fact]
    public void Run_Cancelled_StopsAtABlockBoundaryWithAPrefix()
    {
        var batch = TestBatches.Load(TestBatches.Small(5000));
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.WorldsDone >= 1024)
            {
                cancel.Cancel();
            }
        });

        var partial = RangeRunner.Run(batch, WorldRange.All(5000), null, new RangeRunOptions(2, Progress: progress), cancel.Token);

        Assert.InRange(partial.Worlds, 1024, 4999);
        Assert.Equal(0, partial.Worlds % BatchRunner.BlockSize);
        var expected = BatchRunner.Accumulate(batch, 0, partial.Worlds, 1, null, null, default);
        Assert.Equal(Bytes(expected), Bytes(partial));
    }

    private static byte[] Bytes(AggregateState state)
    {
        using var stream = new MemoryStream();
        state.WriteTo(stream);
        return stream.ToArray();
    }

    private sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
