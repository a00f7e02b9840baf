namespace Counterfactual.Model.Combat;

/// <summary>
/// One battle to fight: initial strengths (men, or any unit consistent with
/// <see cref="CombatLawParameters.ReferenceStrength"/>), duration in days (fractions allowed),
/// the defender's posture, the era, and optional relative combat effectiveness values (CEV, 1 = none).
/// A CEV multiplies the lethality of that side's fire.
/// </summary>
public readonly record struct BattleSetup(
    double AttackerStrength,
    double DefenderStrength,
    double DurationDays,
    DefenderPosture Posture = DefenderPosture.Hasty,
    CombatEra Era = CombatEra.Modern,
    double AttackerEffectiveness = 1.0,
    double DefenderEffectiveness = 1.0)
{
    /// <summary>Problems with the setup, in plain words; empty when it can be fought.</summary>
    public IEnumerable<string> Problems()
    {
        if (!(AttackerStrength > 0) || !double.IsFinite(AttackerStrength))
        {
            yield return "attacker strength must be a positive finite number";
        }

        if (!(DefenderStrength > 0) || !double.IsFinite(DefenderStrength))
        {
            yield return "defender strength must be a positive finite number";
        }

        if (!(DurationDays > 0) || !double.IsFinite(DurationDays))
        {
            yield return "duration must be a positive finite number of days";
        }

        if (!(AttackerEffectiveness > 0) || !(DefenderEffectiveness > 0))
        {
            yield return "effectiveness values must be positive";
        }
    }
}
