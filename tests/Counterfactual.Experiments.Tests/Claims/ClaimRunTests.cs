using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Running;
using Counterfactual.Experiments.Statistics;
using Counterfactual.Experiments.Tests.Running;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Tests.Claims;

public sealed class ClaimRunTests
{
    private static string Batch(string extra, long replications = 256, string claims = "") => $$"""
        {
          "name": "claims-run",
          "seed": 4141,
          "replications": {{replications}},
          "horizon": "1946-12",
          "levers": { "pact": [true, false], "sovietEastDivisions": [8, 16] },
          "parameters": { "pactCredibility": {"beta": [6, 4]} },
          "claims": [
            { "id": "depth", "metric": "max_german_depth_km", "a": {"sovietEastDivisions": 16}, "b": {"sovietEastDivisions": 8}, "test": "difference", "margin": 25 },
            { "id": "winner", "metric": "end_result", "state": "ALLIED_VICTORY", "a": {"pact": true, "sovietEastDivisions": 16}, "b": {"pact": false, "sovietEastDivisions": 16}, "test": "equivalence", "margin": 0.05 },
            {{claims}}
          ],
          {{extra}}
        }
        """;

    [Fact]
    public void Adaptive_OneAndFourThreads_ByteIdentical_AndStopsAtFirstConclusiveCheckpoint()
    {
        var batch = TestBatches.Load(Batch("\"adaptive\": true, \"maxReplications\": 32768", replications: 64));

        var one = BatchRunnerTests.Run(batch, 1).Results;
        var four = BatchRunnerTests.Run(batch, 4).Results;

        Assert.Equal(ResultDump.Of(one), ResultDump.Of(four));
        var k = one.Manifest.Replications;
        Assert.Equal(k, one.Manifest.ReplicationsCompleted);
        Assert.All(one.Claims, c => Assert.True(c.Verdict != Verdicts.Inconclusive, $"{c.ClaimId} {c.Difference} [{c.CiLow}, {c.CiHigh}] at K = {k}"));

        // The checkpoint before K (K / 2) was not yet conclusive, unless K is the first one.
        if (k > 64)
        {
            var before = BatchRunnerTests.Run(batch.WithoutAnalysis().WithOverrides(replications: k / 2), 1).Results;
            Assert.Contains(before.Claims, c => c.Verdict == Verdicts.Inconclusive);
        }
    }

    [Fact]
    public void Adaptive_NeverConclusive_StopsAtTheCap()
    {
        // A difference claim on identical sides can never be conclusive with margin 0.
        var batch = TestBatches.Load(Batch(
            "\"adaptive\": true, \"maxReplications\": 300",
            replications: 100,
            claims: "{ \"id\": \"same\", \"metric\": \"moscow_fall_month\", \"a\": {\"pact\": true, \"sovietEastDivisions\": 8}, \"b\": {\"pact\": true, \"sovietEastDivisions\": 16}, \"test\": \"difference\" }"));

        var results = BatchRunnerTests.Run(batch, 2).Results;

        Assert.Equal(300, results.Manifest.Replications);
        Assert.Equal(300, results.Scenarios[0].Replications);
    }

    [Fact]
    public void Conditioning_KeepsExactlyTheWorldsWhoseFactualRunMatches()
    {
        const string conditioning = """
            "conditioning": { "factual": {"pact": true, "sovietEastDivisions": 16},
              "evidence": [ { "metric": "max_german_depth_km", "max": 620 }, { "metric": "moscow_fall_month", "never": true } ] }
            """;
        var batch = TestBatches.Load(Batch(conditioning));

        var results = BatchRunnerTests.Run(batch, 3).Results;

        // Recompute from the raw outcomes of every world: which factual runs match, and the depth claim on them.
        var factual = batch.Conditioning!.FactualScenario;
        var sampler = new ParameterSampler(batch);
        var simulator = new WorldSimulator(batch.Catalog, batch.Horizon);
        var outcomes = batch.Scenarios.Select(_ => new ReplicationOutcome(batch.Horizon)).ToArray();
        var parameters = new double[sampler.Count];
        long accepted = 0;
        double sumA = 0;
        var depth = batch.Claims[0];
        for (var r = 0; r < batch.Replications; r++)
        {
            sampler.Sample(r, parameters);
            foreach (var s in batch.Scenarios)
            {
                simulator.Run(s.ModelLevers, parameters, WorldStreams.ForReplication(batch.Seed, r), outcomes[s.Index]);
            }

            var o = outcomes[factual];
            if (o.Numbers[MetricCatalog.Find("max_german_depth_km")!.Index] <= 620 && o.Months[MetricCatalog.Find("moscow_fall_month")!.Index] == Model.Time.Calendar.Never)
            {
                accepted++;
                sumA += depth.Pairs.Sum(p => AggregateState.ClaimValue(depth, outcomes[p.A])) / depth.Pairs.Count;
            }
        }

        Assert.True(accepted is > 0 and < 256, $"the test needs some worlds kept and some dropped, kept {accepted}");
        Assert.Equal(accepted, results.Conditioning!.Accepted);
        Assert.Equal(256, results.Conditioning.Worlds);
        var conditioned = Assert.Single(results.Claims, c => c.ClaimId == "depth" && c.Conditioning == "history");
        Assert.Equal(sumA / accepted, conditioned.EstimateA, 6);
        Assert.Equal(batch.Claims.Count * 2, results.Claims.Count);
    }

    [Fact]
    public void SensitivityAndDiscovery_RunDeterministically_ForAnyThreadCount()
    {
        var batch = TestBatches.Load(Batch("\"sensitivity\": {\"samples\": 64, \"bootstrap\": 50}, \"discovery\": {\"worlds\": 200}"));

        var one = BatchRunnerTests.Run(batch, 1).Results;
        var three = BatchRunnerTests.Run(batch, 3).Results;

        Assert.Equal(ResultDump.Of(one), ResultDump.Of(three));
        var uncertain = batch.Catalog.Definitions.Count(d => !d.Prior.IsFixed);
        Assert.Equal(batch.Claims.Count * uncertain, one.Sensitivity!.Count);
        Assert.All(one.Sensitivity.GroupBy(r => r.ClaimId), g => Assert.Equal(g.Select(r => r.Total).OrderByDescending(t => double.IsNaN(t) ? double.NegativeInfinity : t), g.Select(r => r.Total)));
        Assert.NotNull(one.Discovery);
    }

    [Fact]
    public void Pairing_EssayBatch_PairedIntervalNarrowerThanUnpaired()
    {
        // "Pairing pays": the pact effect on peak depth on the essay batch's worlds (2,000 replications),
        // factual deployments held fixed (pact alone), and the essay's counterfactual cell for comparison.
        var node = System.Text.Json.Nodes.JsonNode.Parse(
            File.ReadAllText(Path.Combine(RepoRoot(), "scenarios", "essay-claim.json")),
            documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        foreach (var analysis in new[] { "conditioning", "sensitivity", "discovery", "adaptive", "maxReplications" })
        {
            node.Remove(analysis);
        }

        node["claims"] = System.Text.Json.Nodes.JsonNode.Parse("""
            [
              {"id": "pact_alone", "metric": "max_german_depth_km", "a": {"pact": true, "sovietEastDivisions": 16, "japanSouthDivisions": 11},
               "b": {"pact": false, "sovietEastDivisions": 16, "japanSouthDivisions": 11}, "test": "difference"},
              {"id": "essay_cell", "metric": "max_german_depth_km", "a": {"pact": true, "sovietEastDivisions": 16, "japanSouthDivisions": 11},
               "b": {"pact": false, "sovietEastDivisions": 24, "japanSouthDivisions": 8}, "test": "difference"}
            ]
            """);
        var batch = TestBatches.Load(node.ToJsonString()).WithOverrides(replications: 2000);
        var state = BatchRunner.Accumulate(batch, 0, 2000, 2, null, null, CancellationToken.None);

        var pactAlone = WidthRatio(batch, state, 0);
        var essayCell = WidthRatio(batch, state, 1);

        // Same replications and t quantile on both sides, so the width ratio is the ratio of standard errors.
        Console.WriteLine($"pairing ratio (paired / unpaired interval width) on peak depth: pact alone {pactAlone:F4}, essay cell {essayCell:F4}");
        Assert.True(pactAlone < 0.4, $"pact alone: paired/unpaired width ratio {pactAlone}");
        Assert.True(essayCell < 1, $"essay cell: paired/unpaired width ratio {essayCell}");
    }

    private static double WidthRatio(Batch batch, AggregateState state, int claim)
    {
        var pair = batch.Claims[claim].Pairs[0];
        var acc = state.Claims[claim];
        var pairedSd = FixedPoint.StandardDeviation(acc.SumD, acc.SumD2, acc.N);
        var a = AggregateState.NumericIndex(pair.A, batch.Claims[claim].Metric.Index);
        var b = AggregateState.NumericIndex(pair.B, batch.Claims[claim].Metric.Index);
        var sdA = FixedPoint.StandardDeviation(state.NumericSum[a], state.NumericSumOfSquares[a], state.NumericDefined[a]);
        var sdB = FixedPoint.StandardDeviation(state.NumericSum[b], state.NumericSumOfSquares[b], state.NumericDefined[b]);
        return pairedSd / Math.Sqrt((sdA * sdA) + (sdB * sdB));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Counterfactual.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
