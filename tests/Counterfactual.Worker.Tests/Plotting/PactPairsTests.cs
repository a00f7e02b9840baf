using Counterfactual.Experiments.Output;
using Counterfactual.Worker.Plotting;

namespace Counterfactual.Worker.Tests.Plotting;

public sealed class PactPairsTests
{
    [Fact]
    public void Find_ScenariosEqualButForThePact_PairsThem()
    {
        var pairs = PactPairs.Find(SampleResults.WithPactPairs());

        Assert.Equal([("s01", "s03", "E16 S11"), ("s02", "s04", "E24 S11")], pairs.Select(p => (p.PactScenarioId, p.NoPactScenarioId, p.Label)));
    }

    [Fact]
    public void Factual_FactualDeploymentPresent_ChoosesIt()
    {
        var pairs = PactPairs.Find(SampleResults.WithPactPairs()).Reverse().ToList();

        Assert.Equal("s01", PactPairs.Factual(pairs)?.PactScenarioId);
    }

    [Fact]
    public void Factual_FactualDeploymentAbsent_ChoosesTheFirstPair()
    {
        var results = SampleResults.WithPactPairs();
        var without16 = results with { Scenarios = [.. results.Scenarios.Where(s => !s.Levers.Contains(new LeverValue("sovietEastDivisions", "16")))] };

        Assert.Equal("s02", PactPairs.Factual(PactPairs.Find(without16))?.PactScenarioId);
    }

    [Fact]
    public void Find_NoPactLever_FindsNone()
    {
        Assert.Empty(PactPairs.Find(SampleResults.WithoutPactLever()));
        Assert.Null(PactPairs.Factual([]));
    }
}
