using Counterfactual.Experiments.Discovery;

namespace Counterfactual.Experiments.Tests.Discovery;

public sealed class DiscoveryRunTests
{
    [Theory]
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 1 }, new[] { 0 })]
    [InlineData(new[] { 1, 16, 4, 16, 1 }, new[] { 1, 3, 2, 0, 4 })]
    [InlineData(new[] { 2, 2, 2 }, new[] { 0, 1, 2 })]
    [InlineData(new[] { 1, 2, 3 }, new[] { 2, 1, 0 })]
    public void LargestFirst_MostPairsFirst_TiesInBatchOrder(int[] pairCounts, int[] expected) =>
        Assert.Equal(expected, DiscoveryRun.LargestFirst(pairCounts));
}
