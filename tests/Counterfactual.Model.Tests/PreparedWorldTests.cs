using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Tests.Support;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Tests;

/// <summary>
/// A world prepared once and shared by its scenarios: its random numbers are the streams' own, in each stream's
/// order, and running scenarios on it (in any order) gives the outcomes of runs that prepare and draw for themselves.
/// </summary>
public sealed class PreparedWorldTests
{
    [Fact]
    public void Month_GivesEachStreamsNumbersInOrder()
    {
        var draws = new WorldDraws(Calendar.DefaultHorizon);
        var streams = WorldStreams.ForReplication(11, 5);
        draws.Reset(streams);
        for (var t = 0; t <= 30; t++)
        {
            var d = draws.Month(t);
            Assert.Equal([streams.Decisions.NextDouble(), streams.Decisions.NextDouble(), streams.Decisions.NextDouble(), streams.Decisions.NextDouble(), streams.Decisions.NextDouble(), streams.Decisions.NextDouble()], [d.UNorth, d.USouth, d.UAtomic, d.USurrender, d.UCompromiseWest, d.UCompromiseJapan]);
            Assert.Equal([streams.EasternFront.NextNormal(), streams.EasternFront.NextNormal(), streams.EasternFront.NextNormal(), streams.EasternFront.NextNormal(), streams.EasternFront.NextDouble(), streams.EasternFront.NextNormal()], [d.EastAdvance, d.EastLaw.Intensity, d.EastLaw.Attacker, d.EastLaw.Defender, d.EastEncircle, d.EastCohesion]);
            Assert.Equal([streams.FarEast.NextNormal(), streams.FarEast.NextNormal(), streams.FarEast.NextNormal(), streams.FarEast.NextNormal()], [d.FarEastAdvance, d.FarEastLaw.Intensity, d.FarEastLaw.Attacker, d.FarEastLaw.Defender]);
            Assert.Equal([streams.South.NextNormal(), streams.South.NextNormal(), streams.South.NextNormal(), streams.South.NextNormal(), streams.South.NextNormal()], [d.South.HongKong, d.South.Philippines, d.South.Malaya, d.South.Java, d.South.Burma]);
            Assert.Equal([streams.Pacific.NextNormal(), streams.Pacific.NextNormal(), streams.Pacific.NextNormal()], [d.PacificAdvance, d.PacificUs, d.PacificJapan]);
            Assert.Equal([streams.West.NextDouble(), streams.West.NextNormal()], [d.WestLaunch, d.WestAdvance]);
        }
    }

    [Fact]
    public void Month_DrawsOnDemandOnlyAsFarAsAsked()
    {
        var draws = new WorldDraws(Calendar.DefaultHorizon);
        draws.Reset(WorldStreams.ForReplication(11, 5));
        Assert.Equal(0, draws.MonthsDrawn);
        var month12 = draws.Month(12);
        Assert.Equal(13, draws.MonthsDrawn);
        _ = draws.Month(3);
        Assert.Equal(13, draws.MonthsDrawn);
        Assert.Equal(month12.EastAdvance, draws.Month(12).EastAdvance);
        Assert.Throws<ArgumentOutOfRangeException>(() => draws.Month(Calendar.DefaultHorizon + 1));
    }

    [Fact]
    public void Reset_StartsTheNextWorldFromItsOwnStreams()
    {
        var draws = new WorldDraws(Calendar.DefaultHorizon);
        draws.Reset(WorldStreams.ForReplication(11, 5));
        _ = draws.Month(40);
        draws.Reset(WorldStreams.ForReplication(11, 6));
        var fresh = new WorldDraws(Calendar.DefaultHorizon);
        fresh.Reset(WorldStreams.ForReplication(11, 6));
        for (var t = 0; t <= 40; t++)
        {
            Assert.Equal(fresh.Month(t).EastCohesion, draws.Month(t).EastCohesion);
            Assert.Equal(fresh.Month(t).WestAdvance, draws.Month(t).WestAdvance);
        }
    }

    /// <summary>
    /// The runner's pattern: one prepared world (parameters, constants, draws) run under every scenario, in an order
    /// where short wars come before long ones and back, so later scenarios both reuse drawn months and extend them.
    /// Each outcome must equal a run that prepares and draws for itself from the world's parameters and streams.
    /// </summary>
    [Fact]
    public void PreparedWorld_SharedByScenarios_InAnyOrder_GivesTheOutcomesOfOwnRuns()
    {
        Levers[] scenarios = [new(true, 16, 11), new(false, 8, 14), new(false, 32, 5), new(true, 8, 5), new(false, 24, 8)];
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var world = new PreparedWorld(sim);
        var own = new ReplicationOutcome(Calendar.DefaultHorizon);
        var viaShared = new ReplicationOutcome(Calendar.DefaultHorizon);
        var maxMonths = 0;
        for (var r = 0; r < 40; r++)
        {
            var values = TestWorlds.Sample(r);
            var streams = WorldStreams.ForReplication(5, r);
            sim.Prepare(values, streams, world);
            var order = r % 2 == 0 ? scenarios : [.. scenarios.Reverse()];
            var longest = 0;
            foreach (var levers in order)
            {
                sim.Run(levers, world, viaShared);
                sim.Run(levers, values, streams, own);
                SimulatorTests.AssertSame(own, viaShared);
                longest = Math.Max(longest, viaShared.ConstantFrom + 1);
            }

            Assert.Equal(longest, world.Draws.MonthsDrawn);
            maxMonths = Math.Max(maxMonths, longest);
        }

        Assert.True(maxMonths > 24, "the worlds should include long wars");
    }

    [Fact]
    public void Run_OnAWorldNotPreparedByThisSimulator_IsRefused()
    {
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var other = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var outcome = new ReplicationOutcome(Calendar.DefaultHorizon);
        var unprepared = new PreparedWorld(sim);
        Assert.Contains("not prepared", Assert.Throws<ArgumentException>(() => sim.Run(Levers.Historical, unprepared, outcome)).Message, StringComparison.Ordinal);

        var foreign = new PreparedWorld(other);
        Assert.Contains("another simulator", Assert.Throws<ArgumentException>(() => sim.Prepare(TestWorlds.Sample(1), WorldStreams.ForReplication(1, 1), foreign)).Message, StringComparison.Ordinal);
        other.Prepare(TestWorlds.Sample(1), WorldStreams.ForReplication(1, 1), foreign);
        Assert.Contains("not prepared", Assert.Throws<ArgumentException>(() => sim.Run(Levers.Historical, foreign, outcome)).Message, StringComparison.Ordinal);
        Assert.Contains("parameter values", Assert.Throws<ArgumentException>(() => sim.Prepare(new double[3], WorldStreams.ForReplication(1, 1), unprepared)).Message, StringComparison.Ordinal);
    }
}
