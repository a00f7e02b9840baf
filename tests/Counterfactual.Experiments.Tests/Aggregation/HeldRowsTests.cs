using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Running;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Tests.Aggregation;

/// <summary>
/// A replication's trajectory rows after the war are one held row; aggregation adds it once and spreads it over
/// the months later. The cells must come out with exactly the bits of adding every month one by one.
/// </summary>
public sealed class HeldRowsTests
{
    private const int Horizon = 102; // 1949-12

    [Fact]
    public void AddOutcome_HeldRowsAddedOnce_EqualsAddingEveryMonth()
    {
        var layout = new AggregateLayout(3, Horizon, 0);
        var held = new AggregateState(layout);
        var monthly = new AggregateState(layout);
        var ends = new HashSet<int>();
        foreach (var (scenario, outcome) in Outcomes(300))
        {
            ends.Add(outcome.ConstantFrom);
            held.AddOutcome(scenario, outcome);
            outcome.ConstantFrom = Horizon; // every row added month by month
            monthly.AddOutcome(scenario, outcome);
        }

        Assert.True(ends.Count > 5, "the worlds should end in many different months");
        Assert.Contains(ends, e => e < Horizon);
        Assert.Equal(Bytes(monthly), Bytes(held));
    }

    [Fact]
    public void AddOutcome_MoreHeldRowsThanTheir16BitCountsHold_SpreadsThemInTime()
    {
        var layout = new AggregateLayout(3, Horizon, 0);
        var held = new AggregateState(layout);
        var monthly = new AggregateState(layout);
        var outcomes = Outcomes(40).Where(o => o.Scenario == 1 && o.Outcome.ConstantFrom < Horizon).Select(o => o.Outcome).ToArray();
        var everyMonth = outcomes.Select(o =>
        {
            var copy = new ReplicationOutcome(Horizon);
            copy.CopyFrom(o);
            copy.ConstantFrom = Horizon;
            return copy;
        }).ToArray();

        // 100,000 replications of one scenario, nine in ten the same world: its held row's cells pass ushort.MaxValue,
        // so the held counts would wrap if they were not spread in time.
        for (var i = 0; i < 100_000; i++)
        {
            var k = i % 10 == 0 ? i % outcomes.Length : 0;
            held.AddOutcome(1, outcomes[k]);
            monthly.AddOutcome(1, everyMonth[k]);
        }

        Assert.Equal(Bytes(monthly), Bytes(held));
    }

    /// <summary>
    /// The month-by-month histogram counts wait in 16-bit cells until they are settled: 70,000 replications of one
    /// world put 70,000 counts in one bin of every cell (not 70,000 - 65,536), whichever way the state is read.
    /// </summary>
    [Fact]
    public void AddOutcome_MoreMonthlyRowsThanTheir16BitCountsHold_CountsEveryOne()
    {
        const int replications = 70_000;
        var layout = new AggregateLayout(3, Horizon, 0);
        var state = new AggregateState(layout);
        var outcome = Outcomes(1).First(o => o.Scenario == 2).Outcome;
        outcome.ConstantFrom = Horizon;
        for (var i = 0; i < replications; i++)
        {
            state.AddOutcome(2, outcome);
        }

        const int bins = AggregateLayout.TrajectoryBins;
        var histogram = state.TrajectoryHistogram;
        var defined = state.TrajectoryDefined;
        for (var t = 0; t <= Horizon; t++)
        {
            for (var v = 0; v < ReplicationOutcome.VariableCount; v++)
            {
                var cell = state.TrajectoryCell(2, t, v);
                var counts = histogram.AsSpan(cell * bins, bins);
                var finite = double.IsFinite(outcome.Trajectory[(t * ReplicationOutcome.VariableCount) + v]);
                Assert.Equal(finite ? replications : 0, defined[cell]);
                Assert.Equal(finite ? replications : 0, counts.ToArray().Max());
            }
        }

        Assert.Equal(0, histogram.AsSpan(state.TrajectoryCell(1, 0, 0) * bins, (Horizon + 1) * ReplicationOutcome.VariableCount * bins).ToArray().Sum());
    }

    [Fact]
    public void Merge_StateWithPendingHeldRows_EqualsMergingSettledStates()
    {
        var layout = new AggregateLayout(3, Horizon, 0);
        var a = new AggregateState(layout);
        var b = new AggregateState(layout);
        var reference = new AggregateState(layout);
        var i = 0;
        foreach (var (scenario, outcome) in Outcomes(200))
        {
            (i++ % 2 == 0 ? a : b).AddOutcome(scenario, outcome);
            reference.AddOutcome(scenario, outcome);
        }

        a.Merge(b);
        Assert.Equal(Bytes(reference), Bytes(a));

        // Cleared and refilled (a worker's state between segments): nothing of the first fill is left over.
        b.Clear();
        var again = new AggregateState(layout);
        foreach (var (scenario, outcome) in Outcomes(40))
        {
            b.AddOutcome(scenario, outcome);
            again.AddOutcome(scenario, outcome);
        }

        Assert.Equal(Bytes(again), Bytes(b));
    }

    /// <summary>
    /// Reading a state settles its pending cells, which are zeroed only when the next replication comes: additions
    /// after a read count once, the rows held before the read (in other months than those after it) are not counted
    /// again, and a state read twice in a row reads the same.
    /// </summary>
    [Fact]
    public void AddOutcome_AfterTheStateWasRead_CountsOnlyTheNewReplications()
    {
        var layout = new AggregateLayout(3, Horizon, 0);
        var read = new AggregateState(layout);
        var reference = new AggregateState(layout);
        var outcomes = Outcomes(120).ToArray();
        var before = outcomes.Take(outcomes.Length / 2).Select(o => o.Outcome.ConstantFrom).ToHashSet();
        var after = outcomes.Skip(outcomes.Length / 2).Select(o => o.Outcome.ConstantFrom).ToHashSet();
        Assert.True(before.Except(after).Any(), "some rows should be held only before the read");
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (i == outcomes.Length / 2)
            {
                var first = Bytes(read);
                Assert.Equal(first, Bytes(read));
            }

            read.AddOutcome(outcomes[i].Scenario, outcomes[i].Outcome);
            reference.AddOutcome(outcomes[i].Scenario, outcomes[i].Outcome);
        }

        Assert.Equal(Bytes(reference), Bytes(read));
    }

    [Fact]
    public void ConstantFrom_AfterARunIsTheLastSimulatedMonthAndRowsFromItAreEqual()
    {
        foreach (var (_, outcome) in Outcomes(50))
        {
            var width = ReplicationOutcome.VariableCount;
            var from = outcome.ConstantFrom;
            var row = outcome.Trajectory.AsSpan(from * width, width);
            for (var t = from; t <= Horizon; t++)
            {
                Assert.True(row.SequenceEqual(outcome.Trajectory.AsSpan(t * width, width)), $"month {t} differs from the held row {from}");
            }

            outcome.SetTrajectory(0, TrajectoryVariable.GermanDepthKm, 1);
            Assert.Equal(Horizon, outcome.ConstantFrom);
        }
    }

    /// <summary>Outcomes of real worlds (3 scenarios each): copies, so each can be changed by the test.</summary>
    internal static IEnumerable<(int Scenario, ReplicationOutcome Outcome)> Outcomes(int worlds)
    {
        var batch = TestBatches.Load(TestBatches.Small(worlds));
        var simulator = new WorldSimulator(batch.Catalog, Horizon);
        var sampler = new ParameterSampler(batch);
        var parameters = new double[sampler.Count];
        Levers[] levers = [Levers.Historical, Levers.Historical with { Pact = false }, Levers.Historical with { SovietEastDivisions = 30 }];
        for (var w = 0; w < worlds; w++)
        {
            sampler.Sample(w, parameters);
            for (var s = 0; s < levers.Length; s++)
            {
                var outcome = new ReplicationOutcome(Horizon);
                simulator.Run(levers[s], parameters, WorldStreams.ForReplication(7, w), outcome);
                yield return (s, outcome);
            }
        }
    }

    private static byte[] Bytes(AggregateState state)
    {
        using var stream = new MemoryStream();
        state.WriteTo(stream);
        return stream.ToArray();
    }
}
