using System.Reflection;
using System.Runtime.CompilerServices;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Simulation.Theatres;
using Counterfactual.Model.Tests.Support;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Tests;

/// <summary>
/// Theatre months remembered in a prepared world and copied by later scenarios that reach them in the same
/// state: keys match bit for bit only, the oldest pair gives way when a month is full, a new world forgets, and a
/// world's 32 scenarios of the essay's grid (in any order) give, bit for bit, the outcomes of runs that compute every
/// month themselves, while most months are copied.
/// </summary>
public sealed class MonthMemoTests
{
    [Fact]
    public void Find_MatchesBitForBit_SoSignedZerosAndOtherNaNsMiss()
    {
        var memo = new MonthMemo<EastKey, EastMonth>(10);
        var key = new EastKey(0.0, 300, 0.8, 120, 150, false);
        memo.Add(3, key, new EastMonth { D = 42 });
        Assert.Equal(42, memo.Find(3, new EastKey(0.0, 300, 0.8, 120, 150, false)).D);
        Assert.True(Unsafe.IsNullRef(in memo.Find(3, new EastKey(-0.0, 300, 0.8, 120, 150, false))));
        Assert.True(Unsafe.IsNullRef(in memo.Find(3, new EastKey(0.0, 300, 0.8, 120, 150, true))));
        Assert.True(Unsafe.IsNullRef(in memo.Find(3, new EastKey(0.0, 300, 0.8, 120, Math.BitIncrement(150.0), false))));
        Assert.True(Unsafe.IsNullRef(in memo.Find(4, key)));

        var nan = new EastKey(double.NaN, 300, 0.8, 120, 150, false);
        memo.Add(5, nan, new EastMonth { D = 7 });
        Assert.Equal(7, memo.Find(5, new EastKey(double.NaN, 300, 0.8, 120, 150, false)).D);
        var otherNaN = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(double.NaN) ^ 1);
        Assert.True(Unsafe.IsNullRef(in memo.Find(5, new EastKey(otherNaN, 300, 0.8, 120, 150, false))));
    }

    /// <summary>
    /// A theatre's month reads the state only through its key (the month's function takes the key, the world, the
    /// parameters and the month's draws, nothing else), so a key must compare every one of its fields: each field
    /// changed alone makes the keys differ.
    /// </summary>
    [Theory]
    [InlineData(typeof(EastKey))]
    [InlineData(typeof(PacificKey))]
    [InlineData(typeof(WestKey))]
    [InlineData(typeof(SouthKey))]
    public void SameBits_ComparesEveryFieldOfTheKey(Type keyType)
    {
        var fields = keyType.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.NotEmpty(fields);
        var same = typeof(MonthMemoTests).GetMethod(nameof(Same), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(keyType);
        foreach (var field in fields)
        {
            var a = Activator.CreateInstance(keyType)!;
            var b = Activator.CreateInstance(keyType)!;
            Assert.True((bool)same.Invoke(null, [a, b])!);
            field.SetValue(b, field.FieldType == typeof(bool) ? true : field.FieldType == typeof(int) ? 1 : (object)1.0);
            Assert.False((bool)same.Invoke(null, [a, b])!, $"{keyType.Name}.SameBits ignores {field.Name}");
        }
    }

    private static bool Same<TKey>(TKey a, TKey b)
        where TKey : struct, IMonthKey<TKey> => a.SameBits(b);

    [Fact]
    public void Add_WhenTheMonthIsFull_ReplacesTheOldestPair_AndClearForgetsEverything()
    {
        var memo = new MonthMemo<PacificKey, PacificMonth>(10);
        static PacificKey Key(int i) => new(10, i, 0, 0, Calendar.Never, false, false);
        for (var i = 0; i < MonthMemo<PacificKey, PacificMonth>.Slots + 1; i++)
        {
            memo.Add(2, Key(i), new PacificMonth { NJ = 100 + i });
        }

        Assert.True(Unsafe.IsNullRef(in memo.Find(2, Key(0))));
        for (var i = 1; i <= MonthMemo<PacificKey, PacificMonth>.Slots; i++)
        {
            Assert.Equal(100 + i, memo.Find(2, Key(i)).NJ);
        }

        memo.Clear();
        Assert.True(Unsafe.IsNullRef(in memo.Find(2, Key(3))));
    }

    /// <summary>
    /// The batch's pattern on the essay's 2 x 4 x 4 grid, scenarios in a different order in every world: each
    /// outcome equals, bit for bit (signed zeros and NaN payloads included), the run of a world that keeps no months.
    /// Dropping any field from a theatre's key makes copied months wrong and this test fail.
    /// </summary>
    [Fact]
    public void SharedMonths_OverTheEssayGrid_InAnyOrder_GiveTheOutcomesOfRunsThatComputeEveryMonth()
    {
        var grid = (from pact in new[] { true, false }
                    from east in new[] { 8.0, 16, 24, 32 }
                    from south in new[] { 5.0, 8, 11, 14 }
                    select new Levers(pact, east, south)).ToArray();
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var world = new PreparedWorld(sim);
        var viaShared = new ReplicationOutcome(Calendar.DefaultHorizon);
        var own = new ReplicationOutcome(Calendar.DefaultHorizon);
        for (var r = 0; r < 60; r++)
        {
            var values = TestWorlds.Sample(r);
            var streams = WorldStreams.ForReplication(7, r);
            sim.Prepare(values, streams, world);
            // A different order in every world: scenario i runs (13 i + 7 r) mod 32th (13 is coprime to 32).
            for (var i = 0; i < grid.Length; i++)
            {
                var levers = grid[((13 * i) + (7 * r)) % grid.Length];
                sim.Run(levers, world, viaShared);
                sim.Run(levers, values, streams, own);
                AssertSameBits(own, viaShared, $"world {r}, {levers}");
            }
        }
    }

    /// <summary>
    /// On the essay's grid most theatre months repeat: the southern commitment and the pact leave the Eastern Front
    /// alone until late in the war, and the Soviet eastern floor leaves the war at sea alone.
    /// </summary>
    [Fact]
    public void SharedMonths_OverTheEssayGrid_AreMostlyCopied()
    {
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var world = new PreparedWorld(sim);
        var outcome = new ReplicationOutcome(Calendar.DefaultHorizon);
        for (var r = 0; r < 20; r++)
        {
            sim.Prepare(TestWorlds.Sample(r), WorldStreams.ForReplication(7, r), world);
            foreach (var pact in new[] { true, false })
            {
                foreach (var east in new[] { 8.0, 16, 24, 32 })
                {
                    foreach (var south in new[] { 5.0, 8, 11, 14 })
                    {
                        sim.Run(new Levers(pact, east, south), world, outcome);
                    }
                }
            }
        }

        Assert.True(world.EastMemo!.Copied > 3 * world.EastMemo.Computed, $"Eastern Front: {world.EastMemo.Copied} copied, {world.EastMemo.Computed} computed");
        Assert.True(world.PacificMemo!.Copied > 3 * world.PacificMemo.Computed, $"war at sea: {world.PacificMemo.Copied} copied, {world.PacificMemo.Computed} computed");
        Assert.True(world.WestMemo!.Copied > 3 * world.WestMemo.Computed, $"France: {world.WestMemo.Copied} copied, {world.WestMemo.Computed} computed");
        Assert.True(world.SouthMemo!.Copied > world.SouthMemo.Computed, $"South: {world.SouthMemo.Copied} copied, {world.SouthMemo.Computed} computed");

        // A world run alone (the simulator's own, for validation and traces) keeps nothing.
        var alone = new PreparedWorld(sim, shareMonths: false);
        Assert.Null(alone.EastMemo);
        Assert.Null(alone.PacificMemo);
        Assert.Null(alone.WestMemo);
        Assert.Null(alone.SouthMemo);
    }

    /// <summary>
    /// The southern campaigns' R^elasticity is kept per world for each (commitment, defender growth) pair: more pairs
    /// than it keeps, asked in turn and again, all give the value computed directly, campaign by campaign.
    /// </summary>
    [Fact]
    public void SouthRatioPower_ManyPairsInTurn_EqualsTheDirectValue()
    {
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var world = new PreparedWorld(sim);
        sim.Prepare(TestWorlds.Sample(5), WorldStreams.ForReplication(7, 5), world);
        var p = world.P;
        for (var round = 0; round < 3; round++)
        {
            for (var pair = 0; pair < 11; pair++)
            {
                var southDe = 3.0 + pair;
                var growth = 1 + (0.04 * (pair % 3));
                // Every campaign asked twice in a row, first in one order then in the other (kept values are read back).
                foreach (var i in new[] { 0, 1, 2, 3, 4, 4, 3, 2, 1, 0 })
                {
                    Assert.Equal(
                        BitConverter.DoubleToInt64Bits(SouthernOperation.RatioPower(p, i, southDe, growth)),
                        BitConverter.DoubleToInt64Bits(world.SouthRatioPower(i, southDe, growth)));
                }
            }
        }
    }

    private static void AssertSameBits(ReplicationOutcome expected, ReplicationOutcome actual, string where)
    {
        Assert.True(expected.States.SequenceEqual(actual.States), $"{where}: states differ");
        Assert.True(expected.Months.SequenceEqual(actual.Months), $"{where}: months differ");
        Assert.True(expected.Numbers.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(actual.Numbers.Select(BitConverter.DoubleToInt64Bits)), $"{where}: numbers differ");
        Assert.True(expected.Trajectory.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(actual.Trajectory.Select(BitConverter.DoubleToInt64Bits)), $"{where}: trajectories differ");
    }
}
