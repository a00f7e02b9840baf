using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Tests.Support;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Tests;

/// <summary>Determinism, trace neutrality, allocation and the parameter table's integrity.</summary>
public sealed class SimulatorTests
{
    [Fact]
    public void Run_SameInputsTwice_GivesIdenticalOutcomes()
    {
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        for (var r = 0; r < 50; r++)
        {
            var values = TestWorlds.Sample(r);
            var a = new ReplicationOutcome(Calendar.DefaultHorizon);
            var b = new ReplicationOutcome(Calendar.DefaultHorizon);
            sim.Run(new Levers(r % 2 == 0, 16, 11), values, WorldStreams.ForReplication(7, r), a);
            sim.Run(new Levers(r % 2 == 0, 16, 11), values, WorldStreams.ForReplication(7, r), b);
            AssertSame(a, b);
        }
    }

    [Fact]
    public void Run_WithTrace_GivesIdenticalOutcomesAndTellsTheStory()
    {
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var sink = new ListSink();
        for (var r = 0; r < 50; r++)
        {
            var values = TestWorlds.Sample(r);
            var plain = new ReplicationOutcome(Calendar.DefaultHorizon);
            var traced = new ReplicationOutcome(Calendar.DefaultHorizon);
            sim.Run(new Levers(false, 8, 11), values, WorldStreams.ForReplication(3, r), plain);
            sim.Run(new Levers(false, 8, 11), values, WorldStreams.ForReplication(3, r), traced, sink);
            AssertSame(plain, traced);
        }

        Assert.Contains(sink.Lines, l => l.Contains("strikes south", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, l => l.Contains("surrenders", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_AfterWarmUp_AllocatesNothing()
    {
        var sim = new WorldSimulator(TestWorlds.Catalog, Calendar.DefaultHorizon);
        var outcome = new ReplicationOutcome(Calendar.DefaultHorizon);
        var worlds = Enumerable.Range(0, 16).Select(r => TestWorlds.Sample(r)).ToArray();
        for (var r = 0; r < 200; r++)
        {
            sim.Run(Levers.Historical, worlds[r % 16], WorldStreams.ForReplication(1, r), outcome);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < 1000; r++)
        {
            sim.Run(new Levers(r % 2 == 0, 16, 11), worlds[r % 16], WorldStreams.ForReplication(1, r), outcome);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ParameterTable_EveryParam_HasOneValidSourcedRow()
    {
        var catalog = ParameterTable.Default;
        Assert.Equal(ParamNames.Count + Counterfactual.Model.Combat.CombatLawParameters.Definitions.Count, catalog.Count);
        foreach (var p in Enum.GetValues<Param>())
        {
            var i = catalog.IndexOf(ParamNames.Of(p));
            Assert.True(i >= 0, ParamNames.Of(p));
            var d = catalog.Definitions[i];
            Assert.Empty(d.Prior.Problems());
            Assert.InRange(d.Prior.Central, d.Min, d.Max);
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
            Assert.False(string.IsNullOrWhiteSpace(d.Meaning));
            Assert.False(string.IsNullOrWhiteSpace(d.Unit));
        }

        Assert.NotNull(catalog.FindPriorSet("railway-records"));
        Assert.NotNull(catalog.FindPriorSet("siberian-divisions"));
    }

    [Fact]
    public void Constructor_CatalogWithoutAModelParameter_Throws()
    {
        var partial = new ParameterCatalog(ParameterTable.Default.Definitions.Skip(1).ToList(), []);
        Assert.Throws<ArgumentException>(() => new WorldSimulator(partial, Calendar.DefaultHorizon));
    }

    [Fact]
    public void Run_ShortHorizon_FillsEveryMonth()
    {
        var sim = new WorldSimulator(TestWorlds.Catalog, 5);
        var o = new ReplicationOutcome(5);
        sim.Run(Levers.Historical, TestWorlds.Sample(0), WorldStreams.ForReplication(1, 0), o);
        Assert.All(o.Months, m => Assert.True(m == Calendar.Never || (m >= 0 && m <= 5)));
        Assert.True(double.IsNaN(o.Numbers[(int)NumericMetric.SouthernExtentJune1942]));
    }

    internal static void AssertSame(ReplicationOutcome a, ReplicationOutcome b)
    {
        Assert.Equal(a.States, b.States);
        Assert.Equal(a.Months, b.Months);
        Assert.Equal(a.Numbers, b.Numbers);
        Assert.Equal(a.Trajectory, b.Trajectory);
    }

    private sealed class ListSink : ITraceSink
    {
        public List<string> Lines { get; } = [];

        public void Record(int month, string theatre, string kind, string text) => Lines.Add($"{Calendar.Format(month)} {theatre} {kind}: {text}");
    }
}
