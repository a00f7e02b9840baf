using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Running;

namespace Counterfactual.Experiments.Tests.Running;

/// <summary>
/// The warm-up runs throwaway replications while the program starts: it must run some, stop when asked (or at its
/// cap), and share nothing with a run, which gives the same bits with a warm-up running beside it.
/// </summary>
public sealed class ModelWarmUpTests
{
    [Fact]
    public void Start_ThenStop_RanReplicationsAndStopsAtOnce()
    {
        var warmUp = ModelWarmUp.Start();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (warmUp.Replications == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        warmUp.Stop();
        var stopped = warmUp.Replications;
        Thread.Sleep(50);
        Assert.InRange(stopped, 1, ModelWarmUp.MaxReplications);
        Assert.Equal(stopped, warmUp.Replications);
    }

    [Fact]
    public void Start_NobodyStopsIt_StopsAtItsCap()
    {
        var warmUp = ModelWarmUp.Start();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (warmUp.Replications < ModelWarmUp.MaxReplications && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        warmUp.Stop();
        Assert.Equal(ModelWarmUp.MaxReplications, warmUp.Replications);
    }

    [Fact]
    public void Run_WithAWarmUpBesideIt_GivesTheSameBits()
    {
        var batch = TestBatches.Load(TestBatches.Small(600));
        var alone = RangeRunner.Run(batch, WorldRange.All(600), null, new RangeRunOptions(2), default);
        var warmUp = ModelWarmUp.Start();
        var beside = RangeRunner.Run(batch, WorldRange.All(600), null, new RangeRunOptions(2), default);
        var ran = warmUp.Replications;
        warmUp.Stop();

        Assert.True(ran > 0, "the warm-up should have run while the batch ran");
        Assert.Equal(Bytes(alone), Bytes(beside));
    }

    private static byte[] Bytes(AggregateState state)
    {
        using var stream = new MemoryStream();
        state.WriteTo(stream);
        return stream.ToArray();
    }
}
