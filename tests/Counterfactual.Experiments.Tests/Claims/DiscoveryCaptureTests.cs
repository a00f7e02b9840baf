using Counterfactual.Experiments.Claims;
using Counterfactual.Experiments.Discovery;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Running;
using Counterfactual.Experiments.Tests.Running;

namespace Counterfactual.Experiments.Tests.Claims;

/// <summary>
/// Discovery reads the worlds the main run recorded as it passed them; after a resume or a merge it simulates
/// them itself. Both must give the same bits, whatever the thread count.
/// </summary>
public sealed class DiscoveryCaptureTests
{
    private static readonly ManifestInfo Info = new("test", "test.json", "0", null, null);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Run_DiscoveryFromTheMainRun_EqualsDiscoveryThatSimulatesItsWorlds(int threads)
    {
        var batch = TestBatches.Load(WithDiscovery(TestBatches.Small(900), worlds: 700));
        var run = BatchRunner.Run(batch, new RunOptions(threads, Info, TimeProvider.System), default).Results;
        Assert.NotNull(run.Discovery);
        Assert.NotEmpty(run.DiscoveryBoxes!);

        var bare = run with { Sensitivity = null, Discovery = null, DiscoveryBoxes = null };
        var simulated = ClaimAnalyses.Complete(batch, bare, 2, default);

        Assert.Equal(ResultDump.Of(simulated), ResultDump.Of(run));
    }

    [Fact]
    public void RangeRunner_RecordsExactlyTheDiscoveryWorldsItPasses()
    {
        var batch = TestBatches.Load(WithDiscovery(TestBatches.Small(900), worlds: 700));
        var capture = DiscoveryCapture.For(batch)!;
        Assert.Equal(700, capture.Worlds);

        RangeRunner.Run(batch, WorldRange.Shard(900, 1, 3), null, new RangeRunOptions(2, Discovery: capture), default);
        Assert.False(capture.Complete);
        Assert.False(capture.Has(299));
        Assert.True(capture.Has(300));
        Assert.True(capture.Has(599));

        RangeRunner.Run(batch, WorldRange.Shard(900, 0, 3), null, new RangeRunOptions(2, Discovery: capture), default);
        Assert.False(capture.Complete);
        Assert.False(capture.Has(600));

        RangeRunner.Run(batch, WorldRange.Shard(900, 2, 3), null, new RangeRunOptions(1, Discovery: capture), default);
        Assert.True(capture.Complete);
    }

    [Fact]
    public void For_BatchWithoutDiscovery_IsNull() =>
        Assert.Null(DiscoveryCapture.For(TestBatches.Load(TestBatches.Small(100))));

    private static string WithDiscovery(string json, int worlds) =>
        json.Replace("\"claims\": [", $"\"discovery\": {{ \"worlds\": {worlds}, \"minSupport\": 0.1 }},\n  \"claims\": [", StringComparison.Ordinal);
}
