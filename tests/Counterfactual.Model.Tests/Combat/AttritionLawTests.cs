using Counterfactual.Model.Combat;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Model.Tests.Combat;

public sealed class AttritionLawTests
{
    private static readonly CombatLawParameters Law = CombatLawParameters.Default;

    [Fact]
    public void Fight_SameSeed_IdenticalOutcome()
    {
        var setup = new BattleSetup(30_000, 20_000, 3.5, DefenderPosture.Prepared);
        var r1 = new Xoshiro256StarStar(42);
        var r2 = new Xoshiro256StarStar(42);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(AttritionLaw.Fight(setup, Law, ref r1), AttritionLaw.Fight(setup, Law, ref r2));
        }
    }

    [Fact]
    public void Fight_ExtremeNoise_LossesWithinZeroAndStrength()
    {
        var wild = Law with { IntensityNoise = 3, BattleNoise = 3, DailyNoise = 2, AttackerLossRate = 0.5 };
        var rng = new Xoshiro256StarStar(1);
        for (var i = 0; i < 20_000; i++)
        {
            var setup = new BattleSetup(1 + (rng.NextDouble() * 1e5), 1 + (rng.NextDouble() * 1e5), 0.1 + (rng.NextDouble() * 40));
            var o = AttritionLaw.Fight(setup, wild, ref rng);
            Assert.InRange(o.AttackerCasualties, 0, setup.AttackerStrength);
            Assert.InRange(o.DefenderCasualties, 0, setup.DefenderStrength);
            var (fa, fd) = AttritionLaw.MonthlyLosses(setup.AttackerStrength, setup.DefenderStrength, 30, wild, ref rng);
            Assert.InRange(fa, 0, 1);
            Assert.InRange(fd, 0, 1);
        }
    }

    [Fact]
    public void MonthlyLosses_ThirtyDays_MatchesDailyFightInExpectation()
    {
        // Both forms use the same per-battle noise; the monthly form aggregates 7.5 daily multipliers
        // per sub-step with the same mean. The mean fractional loss over 40,000 draws has a relative
        // Monte Carlo error of about 1%; the 4-step discretisation adds < 1% at these rates (about
        // 2-4% a month). Tolerance 4% relative.
        const int n = 40_000;
        var daily = new Xoshiro256StarStar(3);
        var monthly = new Xoshiro256StarStar(4);
        var setup = new BattleSetup(200_000, 150_000, 30);
        double da = 0, dd = 0, ma = 0, md = 0;
        for (var i = 0; i < n; i++)
        {
            var o = AttritionLaw.Fight(setup, Law, ref daily);
            da += o.AttackerCasualties / setup.AttackerStrength;
            dd += o.DefenderCasualties / setup.DefenderStrength;
            var (fa, fd) = AttritionLaw.MonthlyLosses(setup.AttackerStrength, setup.DefenderStrength, 30, Law, ref monthly);
            ma += fa;
            md += fd;
        }

        Assert.Equal(1.0, ma / da, 0.04);
        Assert.Equal(1.0, md / dd, 0.04);
    }

    [Fact]
    public void Decide_HigherExchangeScore_FavoursAttacker()
    {
        var low = AttritionLaw.Decide(-1, CombatEra.Modern, Law);
        var high = AttritionLaw.Decide(1, CombatEra.Modern, Law);
        Assert.True(high.AttackerWin > low.AttackerWin);
        Assert.Equal(1.0, high.AttackerWin + high.Draw + high.DefenderWin, 1e-12);
    }

    [Fact]
    public void Definitions_DefaultValues_RoundTripAndArePrefixed()
    {
        Assert.All(CombatLawParameters.Definitions, d => Assert.StartsWith("combat", d.Name, StringComparison.Ordinal));
        Assert.Equal(Law, CombatLawParameters.FromValues(Law.ToValues()));
        Assert.Equal(Law.ToValues(), CombatLawParameters.Definitions.Select(d => d.Prior.Central));
        Assert.Empty(Law.Problems());
    }
}
