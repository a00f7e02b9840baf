using Counterfactual.Model.Metrics;

namespace Counterfactual.Model.Tests.Metrics;

/// <summary>The trajectory row's width is a constant; it must stay the catalogue's list of trajectory variables, in enum order.</summary>
public sealed class TrajectoryLayoutTests
{
    [Fact]
    public void VariableCountIsTheCataloguesTrajectoriesOneForEachEnumValue()
    {
        Assert.Equal(ReplicationOutcome.VariableCount, Enum.GetValues<TrajectoryVariable>().Length);
        Assert.Equal(ReplicationOutcome.VariableCount, MetricCatalog.Trajectories.Count);
        for (var v = 0; v < ReplicationOutcome.VariableCount; v++)
        {
            Assert.Equal(v, MetricCatalog.Trajectories[v].Index);
        }
    }
}
