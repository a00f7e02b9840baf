using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Running;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Time;

namespace Counterfactual.Experiments.Tests.Running;

public sealed class BatchRunnerTests
{
    private static readonly ManifestInfo Info = new("0.1.0-test", "small.json", new string('0', 64), null, null);

    internal static RunOutcome Run(Batch batch, int threads, RecordingSink? sink = null, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
        BatchRunner.Run(batch, new RunOptions(threads, Info, TimeProvider.System, sink, progress), cancellationToken);

    [Fact]
    public void Run_OneTwoAndEightThreads_GiveIdenticalResultsAndRawRows()
    {
        var batch = TestBatches.Load(TestBatches.Small(700));
        var sinks = new[] { new RecordingSink(), new RecordingSink(), new RecordingSink() };

        var dumps = new[] { 1, 2, 8 }.Select((t, i) => ResultDump.Of(Run(batch, t, sinks[i]).Results)).ToList();

        Assert.Equal(dumps[0], dumps[1]);
        Assert.Equal(dumps[0], dumps[2]);
        Assert.Equal(700 * 4, sinks[0].Rows.Count);
        Assert.Equal(sinks[0].Rows, sinks[1].Rows);
        Assert.Equal(sinks[0].Rows, sinks[2].Rows);
        Assert.All(sinks, s => Assert.True(s.Completed));
    }

    [Fact]
    public void Run_Twice_GivesIdenticalResults()
    {
        var batch = TestBatches.Load(TestBatches.Small(300, "lhs"));

        Assert.Equal(ResultDump.Of(Run(batch, 2).Results), ResultDump.Of(Run(batch, 2).Results));
    }

    [Fact]
    public void Run_RawRows_ComeInReplicationThenScenarioOrder()
    {
        var batch = TestBatches.Load(TestBatches.Small(600));
        var sink = new RecordingSink();

        Run(batch, 8, sink);

        var keys = sink.Rows.Select(r => r.Split(',')).Select(f => (Replication: long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), Scenario: f[0])).ToList();
        var expected = Enumerable.Range(0, 600).SelectMany(r => batch.Scenarios.Select(s => ((long)r, s.Id))).ToList();
        Assert.Equal(expected, keys);
        Assert.Equal(batch.Catalog.Definitions.Select(d => d.Name), sink.ParameterNames);
    }

    [Fact]
    public void Run_CommonRandomNumbers_ParametersIdenticalAcrossScenariosOfAWorld()
    {
        var batch = TestBatches.Load(TestBatches.Small(300));
        var sink = new RecordingSink();

        Run(batch, 2, sink);

        for (var r = 0L; r < 300; r++)
        {
            var first = sink.Parameters[(batch.Scenarios[0].Id, r)];
            Assert.All(batch.Scenarios, s => Assert.Equal(first, sink.Parameters[(s.Id, r)]));
        }

        Assert.NotEqual(sink.Parameters[("s01", 0)], sink.Parameters[("s01", 1)]);
    }

    [Fact]
    public void Run_Lhs_StratifiesEachParameterOverReplications()
    {
        var batch = TestBatches.Load(TestBatches.Small(400, "lhs").Replace("{\"beta\": [6, 4]}", "{\"uniform\": [0, 1]}", StringComparison.Ordinal));
        var sink = new RecordingSink();

        Run(batch, 2, sink);

        var strata = Enumerable.Range(0, 400).Select(r => (int)Math.Floor(sink.Parameters[("s01", r)][0] * 400)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 400), strata);
    }

    [Fact]
    public void Run_CancelledAfterFirstBlock_GivesTheResultsOfTheCompletedPrefix()
    {
        var batch = TestBatches.Load(TestBatches.Small(2000));
        using var cts = new CancellationTokenSource();
        var progress = new CancelOnFirstReport(cts);
        var sink = new RecordingSink();

        var partial = Run(batch, 2, sink, progress, cts.Token);

        Assert.False(partial.Complete);
        var k = partial.Results.Manifest.ReplicationsCompleted;
        Assert.False(partial.Results.Manifest.Complete);
        Assert.InRange(k, BatchRunner.BlockSize, 2000 - 1);
        Assert.Equal(0, k % BatchRunner.BlockSize);
        Assert.Equal(k * batch.Scenarios.Count, sink.Rows.Count);
        var prefix = Run(batch.WithOverrides(replications: k), 1).Results;
        Assert.Equal(Strip(ResultDump.Of(prefix)), Strip(ResultDump.Of(partial.Results)));
    }

    [Fact]
    public void Run_Results_CountsSumToReplicationsAndProbabilitiesToOne()
    {
        var batch = TestBatches.Load(TestBatches.Small(500));

        var results = Run(batch, 2).Results;

        foreach (var group in results.EndStates.GroupBy(e => (e.ScenarioId, e.Metric)))
        {
            Assert.Equal(500, group.Sum(e => e.Count));
            Assert.Equal(1.0, group.Sum(e => e.Probability), 12);
            Assert.All(group, e => Assert.InRange(e.Probability, e.CiLow, e.CiHigh));
        }

        Assert.Equal(batch.Scenarios.Count * MetricCatalog.Categorical.Sum(m => m.States.Count), results.EndStates.Count);
        foreach (var group in results.Distributions.GroupBy(d => (d.ScenarioId, d.Metric)).Where(g => MetricCatalog.Find(g.Key.Metric)!.Kind == MetricKind.Month))
        {
            Assert.Equal(500, group.Sum(d => d.Count));
            Assert.All(group, d => Assert.True(d.Bin == "never" || (Calendar.TryParse(d.Bin, out var m) && m >= 0 && m <= batch.Horizon), d.Bin));
        }

        Assert.Equal(batch.Scenarios.Count * MetricCatalog.Numbers.Count, results.Summary.Count);
        Assert.Equal(batch.Scenarios.Count * (batch.Horizon + 1) * MetricCatalog.Trajectories.Count, results.Trajectories.Count);
        Assert.Equal(5, results.Claims.Count);
        Assert.All(results.Claims, c => Assert.Contains(c.Verdict, new[] { "HOLDS", "FAILS", "INCONCLUSIVE" }));
        Assert.Equal("s01;s02", results.Claims[0].ScenarioA);
        Assert.Equal("s03;s04", results.Claims[0].ScenarioB);
    }

    [Fact]
    public void Accumulate_TwoShardsMergedAndSerialised_EqualTheWholeRun()
    {
        var batch = TestBatches.Load(TestBatches.Small(600));
        var whole = BatchRunner.Accumulate(batch, 0, 600, 2, null, null, default);
        var first = BatchRunner.Accumulate(batch, 0, 250, 1, null, null, default);
        var second = BatchRunner.Accumulate(batch, 250, 600, 2, null, null, default);

        using var stream = new MemoryStream();
        second.WriteTo(stream);
        stream.Position = 0;
        var merged = AggregateState.ReadFrom(stream);
        merged.Merge(first);

        using var a = new MemoryStream();
        using var b = new MemoryStream();
        whole.WriteTo(a);
        merged.WriteTo(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void ReadFrom_TruncatedState_ThrowsInvalidData()
    {
        var batch = TestBatches.Load(TestBatches.Small(10));
        using var stream = new MemoryStream();
        BatchRunner.Accumulate(batch, 0, 10, 1, null, null, default).WriteTo(stream);

        using var truncated = new MemoryStream(stream.ToArray()[..100]);
        Assert.Throws<InvalidDataException>(() => AggregateState.ReadFrom(truncated));
    }

    private static string Strip(string dump) => dump[(dump.IndexOf('\n', StringComparison.Ordinal) + 1)..];

    private sealed class CancelOnFirstReport(CancellationTokenSource cts) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => cts.Cancel();
    }
}
