using Counterfactual.Model.Metrics;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Tests.Support;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Tests;

/// <summary>Invariants that must hold in every world, under many levers.</summary>
public sealed class InvariantTests
{
    public static TheoryData<bool, double, double> LeverGrid() => new()
    {
        { true, 16, 11 },
        { false, 16, 11 },
        { false, 0, 11 },
        { true, 40, 4 },
        { false, 8, 24 },
        { false, 30, 0 },
    };

    [Theory]
    [MemberData(nameof(LeverGrid))]
    public void Run_ManySeeds_KeepsEveryInvariant(bool pact, double east, double south)
    {
        var h = Calendar.DefaultHorizon;
        foreach (var o in TestWorlds.Run(400, new Levers(pact, east, south)))
        {
            for (var t = 0; t <= h; t++)
            {
                for (var v = 0; v < ReplicationOutcome.VariableCount; v++)
                {
                    var x = o.TrajectoryAt(t, (TrajectoryVariable)v);
                    var d = MetricCatalog.Trajectories[v];
                    Assert.True(double.IsFinite(x), $"{d.Name} at {t} not finite");
                    Assert.InRange(x, d.Min, d.Max);
                }

                Assert.InRange(o.TrajectoryAt(t, TrajectoryVariable.SovietCohesion), 0, 1);
                Assert.True(o.TrajectoryAt(t, TrajectoryVariable.GermanEastDe) >= 0);
                Assert.True(o.TrajectoryAt(t, TrajectoryVariable.SovietWestDe) >= 0);
                Assert.True(o.TrajectoryAt(t, TrajectoryVariable.SovietEastDe) >= 0);
                Assert.True(o.TrajectoryAt(t, TrajectoryVariable.KwantungDe) >= 0);
            }

            foreach (var m in o.Months)
            {
                Assert.True(m == Calendar.Never || (m >= 0 && m <= h), $"month {m}");
            }

            foreach (var d in MetricCatalog.Numbers)
            {
                var x = o.Numbers[d.Index];
                if (d.Name == "red_army_line_at_german_surrender_km")
                {
                    Assert.Equal(o.Month(MonthMetric.GermanySurrender) == Calendar.Never, double.IsNaN(x));
                }

                if (d.Name == "lend_lease_pacific_share" && double.IsNaN(x))
                {
                    Assert.Equal(0, o.Number(NumericMetric.LendLeaseMillionTons));
                    continue;
                }

                Assert.True(double.IsNaN(x) ? d.Name == "red_army_line_at_german_surrender_km" : x >= d.Min && x <= d.Max, $"{d.Name} = {x}");
            }

            CheckEndState(o);
        }
    }

    private static void CheckEndState(ReplicationOutcome o)
    {
        var germany = o.Month(MonthMetric.GermanySurrender);
        var japan = o.Month(MonthMetric.JapanSurrender);
        var separate = o.Month(MonthMetric.UssrSeparatePeace);
        var end = MetricCatalog.EndResultStates[o.States[(int)CategoricalMetric.EndResult]];
        switch (end)
        {
            case "ALLIED_VICTORY":
                Assert.True(germany != Calendar.Never && japan != Calendar.Never && separate == Calendar.Never);
                break;
            case "ALLIED_VICTORY_WITHOUT_USSR":
                Assert.True(germany != Calendar.Never && japan != Calendar.Never && separate != Calendar.Never);
                break;
            case "COMPROMISE_PEACE":
                Assert.True(germany == Calendar.Never || japan == Calendar.Never);
                Assert.NotEqual(Calendar.Never, o.Month(MonthMetric.WarEnd));
                break;
            default:
                Assert.Equal(Calendar.Never, o.Month(MonthMetric.WarEnd));
                break;
        }

        if (japan != Calendar.Never)
        {
            var warStart = Math.Min(Coalesce(o.Month(MonthMetric.UsEntry)), Coalesce(o.Month(MonthMetric.JapanAttackUssr)));
            Assert.True(japan >= warStart, "Japan surrendered before its war began");
        }

        if (germany != Calendar.Never)
        {
            Assert.True(o.Month(MonthMetric.WarEnd) == Calendar.Never || o.Month(MonthMetric.WarEnd) >= germany);
        }
    }

    private static int Coalesce(int m) => m == Calendar.Never ? int.MaxValue : m;
}
