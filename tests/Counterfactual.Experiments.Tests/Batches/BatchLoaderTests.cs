using Counterfactual.Experiments.Batches;
using Counterfactual.Model.Time;

namespace Counterfactual.Experiments.Tests.Batches;

public sealed class BatchLoaderTests
{
    [Fact]
    public void Parse_EssayGrid_ExpandsToThirtyTwoScenariosFirstLeverSlowest()
    {
        var batch = TestBatches.Load(TestBatches.Grid);

        Assert.Equal(32, batch.Scenarios.Count);
        Assert.Equal("s01", batch.Scenarios[0].Id);
        Assert.Equal("s32", batch.Scenarios[31].Id);
        Assert.Equal(["pact", "sovietEastDivisions", "japanSouthDivisions"], batch.Levers.Select(l => l.Name));
        Assert.Equal(new Model.Simulation.Levers(true, 8, 5), batch.Scenarios[0].ModelLevers);
        Assert.Equal(new Model.Simulation.Levers(true, 8, 8), batch.Scenarios[1].ModelLevers);
        Assert.Equal(new Model.Simulation.Levers(true, 16, 5), batch.Scenarios[4].ModelLevers);
        Assert.Equal(new Model.Simulation.Levers(false, 8, 5), batch.Scenarios[16].ModelLevers);
        Assert.Equal(["false", "32", "14"], batch.Scenarios[31].Values.Select(v => v.Value));
        Assert.Equal(19410413UL, batch.Seed);
        Assert.Equal(10000, batch.Replications);
        Assert.Equal(Calendar.FromYearMonth(1949, 12), batch.Horizon);
        Assert.Equal(0.8, batch.Catalog.Definitions[batch.Catalog.IndexOf("pactCredibility")].Prior.Central);
    }

    [Fact]
    public void Parse_SuperiorityClaimOverPooledSelections_PairsEachFactualWithItsCounterfactual()
    {
        var batch = TestBatches.Load(TestBatches.Grid);

        var claim = Assert.Single(batch.Claims);
        Assert.Equal(16, claim.Pairs.Count);
        Assert.All(claim.Pairs, p => Assert.Equal(p.A + 16, p.B));
        Assert.Equal(ClaimDirection.Greater, claim.Expect);
    }

    [Fact]
    public void Parse_MissingLevers_TakeHistoricalValues()
    {
        var batch = TestBatches.Load("""{"name": "a", "seed": 1, "replications": 5, "levers": {"pact": [false]}}""");

        var scenario = Assert.Single(batch.Scenarios);
        Assert.Equal(new Model.Simulation.Levers(false, 16, 11), scenario.ModelLevers);
        Assert.Equal("s01", scenario.Id);
    }

    [Fact]
    public void Parse_ExplicitScenarioList_KeepsListOrder()
    {
        var batch = TestBatches.Load("""{"name": "a", "seed": 1, "replications": 5, "scenarios": [{"pact": false, "sovietEastDivisions": 24}, {}]}""");

        Assert.Equal(2, batch.Scenarios.Count);
        Assert.Equal(new Model.Simulation.Levers(false, 24, 11), batch.Scenarios[0].ModelLevers);
        Assert.Equal(Model.Simulation.Levers.Historical, batch.Scenarios[1].ModelLevers);
    }

    [Fact]
    public void WithOverrides_ReplicationsAndSeed_ReplacesOnlyThose()
    {
        var batch = TestBatches.Load(TestBatches.Grid).WithOverrides(replications: 77, seed: 5);

        Assert.Equal(77, batch.Replications);
        Assert.Equal(5UL, batch.Seed);
        Assert.Equal(32, batch.Scenarios.Count);
    }

    [Fact]
    public void BatchError_ToString_FormatsSourceLinePathMessage()
    {
        Assert.Equal("b.json:3: $.seed: bad", new BatchError("b.json", "$.seed", 3, "bad").ToString());
        Assert.Equal("b.json: $: bad", new BatchError("b.json", "$", null, "bad").ToString());
    }
}
