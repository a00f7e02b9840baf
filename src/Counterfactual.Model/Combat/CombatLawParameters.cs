namespace Counterfactual.Model.Combat;

/// <summary>
/// The parameters of the attrition law (<see cref="AttritionLaw"/>). One day of battle removes from
/// the attacker the fraction <c>1 - exp(-λA)</c> with
/// <c>λA = AttackerLossRate · posture · CEVd · (D/S)^p · (A/S)^(q-1) · exp(-Fatigue·t) · noise</c>
/// and symmetrically from the defender (rate <see cref="DefenderLossRate"/>, posture factor divided).
/// That is the generalised Lanchester power law dA/dt = -a·D^p·A^q (Bracken 1995) in fractional form,
/// with S = <see cref="ReferenceStrength"/>. The winner is read from the exchange score
/// ln(defender fractional loss / attacker fractional loss) plus a bias and a decision noise, with a
/// draw band. Defaults are the fits reported in <see cref="Definitions"/>.
/// </summary>
public readonly partial record struct CombatLawParameters
{
    /// <summary>p: exponent of the firing side's strength (1 = square/linear law, 0 = logarithmic).</summary>
    public double FirerExponent { get; init; }

    /// <summary>q: exponent of the target side's strength (0 = square law, 1 = linear/logarithmic).</summary>
    public double TargetExponent { get; init; }

    /// <summary>Attacker's fractional loss per day at parity of two forces of <see cref="ReferenceStrength"/>, hasty defence.</summary>
    public double AttackerLossRate { get; init; }

    /// <summary>Defender's fractional loss per day at parity of two forces of <see cref="ReferenceStrength"/>, hasty defence.</summary>
    public double DefenderLossRate { get; init; }

    /// <summary>S: the strength (men) at which the loss rates are quoted.</summary>
    public double ReferenceStrength { get; init; }

    /// <summary>Prepared defence: multiplies the attacker's loss rate and divides the defender's (≥ 1 favours the defender).</summary>
    public double PreparedDefenceFactor { get; init; }

    /// <summary>Fortified defence: as <see cref="PreparedDefenceFactor"/>.</summary>
    public double FortifiedDefenceFactor { get; init; }

    /// <summary>Log-sd of a per-battle intensity multiplier common to both sides (bloody vs quiet battles).</summary>
    public double IntensityNoise { get; init; }

    /// <summary>Log-sd of a per-battle, per-side effectiveness multiplier (unobserved CEV).</summary>
    public double BattleNoise { get; init; }

    /// <summary>Log-sd of a per-day, per-side multiplier (mean 1); averages out over long battles.</summary>
    public double DailyNoise { get; init; }

    /// <summary>φ: intensity decays as exp(-φ·t), t = days since the operation began (Rubio-Campillo's fatigue).</summary>
    public double Fatigue { get; init; }

    /// <summary>Added to the exchange score before the decision, modern era (&gt; 0 favours the attacker).</summary>
    public double VictoryBias { get; init; }

    /// <summary>Sd of the normal decision noise (non-attritional factors: manoeuvre, surprise, leadership), modern era.</summary>
    public double DecisionNoise { get; init; }

    /// <summary>Half-width of the draw band on the decided score.</summary>
    public double DrawBand { get; init; }

    /// <summary>As <see cref="VictoryBias"/>, before 1939 (validation only).</summary>
    public double PremodernVictoryBias { get; init; }

    /// <summary>As <see cref="DecisionNoise"/>, before 1939 (validation only).</summary>
    public double PremodernDecisionNoise { get; init; }

    /// <summary>Problems with the values, in plain words; empty when valid.</summary>
    public IEnumerable<string> Problems()
    {
        double[] positive = [AttackerLossRate, DefenderLossRate, ReferenceStrength, PreparedDefenceFactor, FortifiedDefenceFactor];
        if (positive.Any(x => !(x > 0) || !double.IsFinite(x)))
        {
            yield return "loss rates, reference strength and posture factors must be positive and finite";
        }

        double[] nonNegative = [IntensityNoise, BattleNoise, DailyNoise, Fatigue, DecisionNoise, DrawBand, PremodernDecisionNoise];
        if (nonNegative.Any(x => !(x >= 0) || !double.IsFinite(x)))
        {
            yield return "noises, fatigue and draw band must be finite and >= 0";
        }

        if (!double.IsFinite(FirerExponent) || !double.IsFinite(TargetExponent) || !double.IsFinite(VictoryBias) || !double.IsFinite(PremodernVictoryBias))
        {
            yield return "exponents and biases must be finite";
        }
    }
}
