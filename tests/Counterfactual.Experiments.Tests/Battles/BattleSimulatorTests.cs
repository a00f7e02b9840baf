using Counterfactual.Experiments.Battles;
using Counterfactual.Model.Combat;

namespace Counterfactual.Experiments.Tests.Battles;

public sealed class BattleSimulatorTests
{
    private static readonly BattleRecord[] Battles =
    [
        .. Enumerable.Range(1, 40).Select(i => new BattleRecord(i, "W", 1000 * i, 20_000, 1 + (i % 5), (DefenderPosture)(i % 4), "HD", 1940)),
    ];

    [Fact]
    public void Run_SameSeedReversedOrder_IdenticalResultsPerBattle()
    {
        var a = BattleSimulator.Run(Battles, CombatLawParameters.Default, 50, 11);
        var b = BattleSimulator.Run([.. Battles.Reverse()], CombatLawParameters.Default, 50, 11);
        Assert.Equal(a.OrderBy(r => r.Isqno), b.OrderBy(r => r.Isqno));
        Assert.NotEqual(a, BattleSimulator.Run(Battles, CombatLawParameters.Default, 50, 12));
    }

    [Fact]
    public void LogisticFit_KnownCurve_RecoversCoefficients()
    {
        // Fractional outcomes from an exact logistic curve: the MLE must return its coefficients.
        var points = Enumerable.Range(-20, 41).Select(i => i / 10.0)
            .Select(x => (x, 1 / (1 + Math.Exp(-(0.3 + (1.2 * x)))), 1 - (1 / (1 + Math.Exp(-(0.3 + (1.2 * x))))))).ToList();
        var fit = LogisticFit.Fit(points);
        Assert.Equal(0.3, fit.Intercept, 1e-9);
        Assert.Equal(1.2, fit.Slope, 1e-9);
    }
}
