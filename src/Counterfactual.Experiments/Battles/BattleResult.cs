namespace Counterfactual.Experiments.Battles;

/// <summary>
/// The simulated summary of one battle. Probabilities are Rao-Blackwellised: the mean over
/// replications of the decision rule's outcome probabilities given each replication's attrition.
/// Rates per day are mean fractional losses per day (casualties / initial strength / duration).
/// </summary>
public sealed record BattleResult(
    int Isqno,
    string War,
    double AttackerStrength,
    double DefenderStrength,
    double DurationDays,
    double PAttackerWin,
    double PDraw,
    double MeanAttackerCasualties,
    double MeanDefenderCasualties,
    double AttackerRatePerDay,
    double DefenderRatePerDay)
{
    /// <summary>Probability that the defender wins.</summary>
    public double PDefenderWin => Math.Max(0, 1 - PAttackerWin - PDraw);
}
