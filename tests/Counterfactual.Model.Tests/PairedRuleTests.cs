using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Tests.Support;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Tests;

/// <summary>Rules in isolation: the same worlds (common random numbers) with one thing changed.</summary>
public sealed class PairedRuleTests
{
    private const int Worlds = 800;

    [Fact]
    public void StrikeNorth_PactWithFullCredibility_JapanNeverAttacksTheUssr()
    {
        foreach (var east in new[] { 0.0, 8, 16 })
        {
            var runs = TestWorlds.Run(Worlds, new Levers(true, east, 11), v => TestWorlds.Set(v, Param.PactCredibility, 1));
            Assert.All(runs, o => Assert.Equal(Calendar.Never, o.Month(MonthMetric.JapanAttackUssr)));
        }
    }

    [Fact]
    public void SovietEastFloor_MoreDivisionsKeptEast_DoesNotLowerPeakDepthAndRaisesMoscowRisk()
    {
        static void NoNorth(double[] v) => TestWorlds.Set(v, Param.PactCredibility, 1);
        var few = TestWorlds.Run(Worlds, new Levers(true, 4, 11), NoNorth);
        var many = TestWorlds.Run(Worlds, new Levers(true, 30, 11), NoNorth);
        var (mean, se) = TestWorlds.PairedDifference(
            many.Select(o => o.Number(NumericMetric.MaxGermanDepthKm)).ToList(),
            few.Select(o => o.Number(NumericMetric.MaxGermanDepthKm)).ToList());
        Assert.True(mean >= -2 * se, $"mean paired difference {mean:0.0} km (se {se:0.0})");
        var moscowFew = few.Count(o => o.Month(MonthMetric.MoscowFall) != Calendar.Never);
        var moscowMany = many.Count(o => o.Month(MonthMetric.MoscowFall) != Calendar.Never);
        Assert.True(moscowMany >= moscowFew, $"Moscow falls {moscowMany} (30 DE kept east) vs {moscowFew} (4 DE)");
        Assert.True(many.Average(o => o.Number(NumericMetric.SovietDivisionsSentWest)) < few.Average(o => o.Number(NumericMetric.SovietDivisionsSentWest)));
    }

    [Fact]
    public void SouthernCommitment_Larger_SpeedsConquestAndWeakensKwantung()
    {
        var small = TestWorlds.Run(Worlds, new Levers(true, 16, 8));
        var large = TestWorlds.Run(Worlds, new Levers(true, 16, 16));
        var conquestSmall = small.Average(o => Months(o.Month(MonthMetric.SouthernConquest)));
        var conquestLarge = large.Average(o => Months(o.Month(MonthMetric.SouthernConquest)));
        Assert.True(conquestLarge < conquestSmall, $"conquest {conquestLarge:0.0} vs {conquestSmall:0.0}");
        for (var i = 0; i < Worlds; i++)
        {
            Assert.True(large[i].TrajectoryAt(6, TrajectoryVariable.KwantungDe) < small[i].TrajectoryAt(6, TrajectoryVariable.KwantungDe));
        }
    }

    [Fact]
    public void PacificRoute_ClosedByZeroCapacity_LowersDeliveries()
    {
        var open = TestWorlds.Run(Worlds, Levers.Historical);
        var closed = TestWorlds.Run(Worlds, Levers.Historical, v => TestWorlds.Set(v, Param.LendLeasePacificMtPerMonth, 0));
        Assert.True(closed.Average(o => o.Number(NumericMetric.LendLeaseMillionTons)) < open.Average(o => o.Number(NumericMetric.LendLeaseMillionTons)));
        Assert.All(closed, o => Assert.True(!(o.Number(NumericMetric.LendLeasePacificShare) > 0)));
    }

    [Fact]
    public void PacificRoute_JapanAtWarWithUssr_ThrottlesPacificShare()
    {
        var runs = TestWorlds.Run(Worlds, new Levers(false, 4, 11));
        var war = runs.Where(o => o.Month(MonthMetric.JapanAttackUssr) is >= 0 and < 24).ToList();
        var peace = runs.Where(o => o.Month(MonthMetric.JapanAttackUssr) == Calendar.Never).ToList();
        Assert.NotEmpty(war);
        Assert.True(war.Average(o => o.Number(NumericMetric.LendLeasePacificShare)) < peace.Average(o => o.Number(NumericMetric.LendLeasePacificShare)));
    }

    private static double Months(int m) => m == Calendar.Never ? 200 : m;
}
