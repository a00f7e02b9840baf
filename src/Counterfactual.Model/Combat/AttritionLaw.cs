using Counterfactual.Model.Randomness;
using MathNet.Numerics.Distributions;

namespace Counterfactual.Model.Combat;

/// <summary>
/// The stochastic attrition law: a generalised Lanchester/Helmbold power law with posture and
/// effectiveness multipliers, log-normal over-dispersion per battle and per day, fatigue, and a
/// decision rule on the exchange of fractional losses. The same law fights one battle day by day
/// (<see cref="Fight"/>) and a theatre's month in adaptive sub-steps (<c>MonthlyLosses</c>).
/// Pure: no allocation, randomness passed in.
/// </summary>
public static partial class AttritionLaw
{
    private const double TinyFraction = 1e-12;

    /// <summary>
    /// Fights one battle: attrition in daily steps (the last one partial), then the winner drawn from
    /// <see cref="Decide"/>. Casualties lie in [0, initial strength).
    /// </summary>
    public static BattleOutcome Fight(in BattleSetup setup, in CombatLawParameters law, ref Xoshiro256StarStar rng)
    {
        var attrition = Attrit(setup, law, ref rng);
        var p = Decide(attrition.ExchangeScore, setup.Era, law);
        var u = rng.NextDouble();
        var winner = u < p.AttackerWin ? BattleWinner.Attacker
            : u < p.AttackerWin + p.Draw ? BattleWinner.Draw
            : BattleWinner.Defender;
        return new BattleOutcome(winner, attrition.AttackerCasualties, attrition.DefenderCasualties);
    }

    /// <summary>
    /// The attrition half of <see cref="Fight"/> (same draws in the same order): casualties and the
    /// exchange score, before the winner is decided.
    /// </summary>
    public static AttritionResult Attrit(in BattleSetup setup, in CombatLawParameters law, ref Xoshiro256StarStar rng)
    {
        var a0 = setup.AttackerStrength;
        var d0 = setup.DefenderStrength;
        var (rateA, rateD) = BattleRates(setup.Posture, setup.AttackerEffectiveness, setup.DefenderEffectiveness, law, ref rng);
        var fullDays = (int)Math.Floor(setup.DurationDays);
        var rest = setup.DurationDays - fullDays;
        var steps = rest > 1e-9 ? fullDays + 1 : fullDays;
        var (a, d) = Integrate(a0, d0, setup.DurationDays, steps, false, 0, rateA, rateD, law, ref rng);
        var ca = a0 - a;
        var cd = d0 - d;
        var score = Math.Log(Math.Max(cd / d0, TinyFraction) / Math.Max(ca / a0, TinyFraction));
        return new AttritionResult(ca, cd, score);
    }

    /// <summary>
    /// The probabilities of the three outcomes given the exchange score s = ln(fD/fA): the decided
    /// score is s + bias + noise·N(0,1); above +DrawBand the attacker wins, below -DrawBand the defender.
    /// </summary>
    public static OutcomeProbabilities Decide(double exchangeScore, CombatEra era, in CombatLawParameters law)
    {
        var bias = era == CombatEra.Modern ? law.VictoryBias : law.PremodernVictoryBias;
        var sd = era == CombatEra.Modern ? law.DecisionNoise : law.PremodernDecisionNoise;
        var centre = exchangeScore + bias;
        double win, loss;
        if (sd <= 0)
        {
            win = centre > law.DrawBand ? 1 : 0;
            loss = centre < -law.DrawBand ? 1 : 0;
        }
        else
        {
            win = Normal.CDF(0, 1, (centre - law.DrawBand) / sd);
            loss = Normal.CDF(0, 1, (-law.DrawBand - centre) / sd);
        }

        return new OutcomeProbabilities(win, Math.Max(0, 1 - win - loss), loss);
    }

    /// <summary>Per-battle rate constants: base rates times posture, opposing CEV and the per-battle noise draws.</summary>
    private static (double RateA, double RateD) BattleRates(
        DefenderPosture posture, double cevA, double cevD, in CombatLawParameters law, ref Xoshiro256StarStar rng)
    {
        var postureFactor = posture switch
        {
            DefenderPosture.Prepared => law.PreparedDefenceFactor,
            DefenderPosture.Fortified => law.FortifiedDefenceFactor,
            _ => 1.0,
        };
        var intensity = rng.NextLogNormal(law.IntensityNoise);
        var noiseA = rng.NextLogNormal(law.BattleNoise);
        var noiseD = rng.NextLogNormal(law.BattleNoise);
        var rateA = law.AttackerLossRate * postureFactor * cevD * intensity * noiseA;
        var rateD = law.DefenderLossRate / postureFactor * cevA * intensity * noiseD;
        return (rateA, rateD);
    }

    /// <summary>
    /// Integrates <paramref name="days"/> days in <paramref name="steps"/> steps (all of one day but the
    /// last, or equal sub-steps for the monthly form); survival form exp(-λh), so losses never exceed strength.
    /// </summary>
    private static (double A, double D) Integrate(
        double a0, double d0, double days, int steps, bool equalSteps, double startDay, double rateA, double rateD, in CombatLawParameters law, ref Xoshiro256StarStar rng)
    {
        var a = a0;
        var d = d0;
        var s = law.ReferenceStrength;
        var p = law.FirerExponent;
        var qm1 = law.TargetExponent - 1;
        var dailyVarianceFactor = Math.Exp(law.DailyNoise * law.DailyNoise) - 1;
        var t = startDay;
        for (var i = 0; i < steps; i++)
        {
            var h = equalSteps ? days / steps : Math.Min(1.0, days - i);
            var fatigue = Math.Exp(-law.Fatigue * (t + (h / 2)));
            var mA = StepNoise(dailyVarianceFactor, h, ref rng);
            var mD = StepNoise(dailyVarianceFactor, h, ref rng);
            // Midpoint rule: rates re-evaluated at half-step strengths, so coarse monthly sub-steps
            // and daily steps integrate the same law (within about 1% in expectation).
            var kA = rateA * fatigue * mA;
            var kD = rateD * fatigue * mD;
            var aMid = a * Math.Exp(-Rate(kA, d, a, s, p, qm1) * h / 2);
            var dMid = d * Math.Exp(-Rate(kD, a, d, s, p, qm1) * h / 2);
            var nextA = a * Math.Exp(-Rate(kA, dMid, aMid, s, p, qm1) * h);
            var nextD = d * Math.Exp(-Rate(kD, aMid, dMid, s, p, qm1) * h);
            a = double.IsFinite(nextA) && nextA > 0 ? nextA : 0;
            d = double.IsFinite(nextD) && nextD > 0 ? nextD : 0;
            if (a <= 0 || d <= 0)
            {
                break;
            }

            t += h;
        }

        return (a, d);
    }

    /// <summary>λ of the target: k · (firer/S)^p · (target/S)^(q-1); 0 when either side is gone.</summary>
    private static double Rate(double k, double firer, double target, double s, double p, double qm1) =>
        firer <= 0 || target <= 0 ? 0 : k * Math.Pow(firer / s, p) * Math.Pow(target / s, qm1);

    /// <summary>The mean-1 log-normal multiplier of a step of <paramref name="h"/> days (the average of h daily multipliers).</summary>
    private static double StepNoise(double dailyVarianceFactor, double h, ref Xoshiro256StarStar rng)
    {
        if (dailyVarianceFactor <= 0)
        {
            return 1.0;
        }

        var s2 = Math.Log(1 + (dailyVarianceFactor / h));
        return Math.Exp((Math.Sqrt(s2) * rng.NextNormal()) - (s2 / 2));
    }
}
