using System.Globalization;
using Counterfactual.Experiments.Running;
using Counterfactual.Experiments.Tests.Running;
using Counterfactual.Experiments.Tracing;

namespace Counterfactual.Experiments.Tests.Tracing;

/// <summary>WorldTracer re-runs exactly the world the runner ran: same parameters, same streams, same outcome.</summary>
public sealed class WorldTracerTests
{
    private static readonly ManifestInfo Info = new("test", "test.json", new string('0', 64), null, null);

    [Theory]
    [InlineData("montecarlo")]
    [InlineData("lhs")]
    public void Trace_EveryScenarioOfSeveralReplications_EqualsTheRunnersRawRow(string design)
    {
        var batch = TestBatches.Load(TestBatches.Small(replications: 300, design: design));
        var sink = new RecordingSink();
        BatchRunner.Run(batch, new RunOptions(2, Info, TimeProvider.System, sink), CancellationToken.None);
        var rows = sink.Rows.ToDictionary(r => string.Join(',', r.Split(',').Take(2)));

        foreach (var replication in new long[] { 0, 1, 63, 64, 150, 299 })
        {
            foreach (var scenario in batch.Scenarios)
            {
                var trace = WorldTracer.Trace(batch, scenario, replication);

                var key = $"{scenario.Id},{replication.ToString(CultureInfo.InvariantCulture)}";
                Assert.Equal(rows[key], AsRow(scenario.Id, replication, trace));
            }
        }
    }

    [Fact]
    public void TraceRecorder_Record_KeepsEventsInReportOrder()
    {
        var recorder = new TraceRecorder();
        recorder.Record(3, "far_east", "decision", "Japan strikes north.");
        recorder.Record(2, "east", "battle", "Kiev encircled.");

        Assert.Equal(
            [new TraceEvent(3, "far_east", "decision", "Japan strikes north."), new TraceEvent(2, "east", "battle", "Kiev encircled.")],
            recorder.Events);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(300)]
    public void Trace_ReplicationOutOfRange_Throws(long replication)
    {
        var batch = TestBatches.Load(TestBatches.Small(replications: 300));

        Assert.Throws<ArgumentOutOfRangeException>(() => WorldTracer.Trace(batch, batch.Scenarios[0], replication));
    }

    [Fact]
    public void FindScenario_UnknownId_IsNull()
    {
        var batch = TestBatches.Load(TestBatches.Small());

        Assert.Equal("s02", WorldTracer.FindScenario(batch, "s02")!.Id);
        Assert.Null(WorldTracer.FindScenario(batch, "s99"));
    }

    /// <summary>The trace in RecordingSink's row format.</summary>
    private static string AsRow(string scenario, long replication, WorldTrace trace) => string.Join(
        ",",
        new[] { scenario, replication.ToString(CultureInfo.InvariantCulture) }
            .Concat(trace.Outcome.States.Select(s => s.ToString(CultureInfo.InvariantCulture)))
            .Concat(trace.Outcome.Months.Select(m => m.ToString(CultureInfo.InvariantCulture)))
            .Concat(trace.Outcome.Numbers.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))
            .Concat(trace.Parameters.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
}
