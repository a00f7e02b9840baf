using Counterfactual.Model.Numerics;
using Counterfactual.Model.Randomness;
using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;

namespace Counterfactual.Model.Combat;

/// <summary>
/// The stochastic attrition law: a generalised Lanchester/Helmbold power law with posture and
/// effectiveness multipliers, log-normal over-dispersion per battle and per day, fatigue, and a
/// decision rule on the exchange of fractional losses. The same law fights one battle day by day
/// (<see cref="Fight"/>) and a theatre's month in adaptive sub-steps (<c>MonthlyLosses</c>).
/// Pure: no allocation, randomness passed in.
/// </summary>
public static class AttritionLaw
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

    /// <summary>Largest hazard (rate x days) of one sub-step of <c>MonthlyLosses</c>.</summary>
    public const double MaxSubStepHazard = 0.25;

    /// <summary>Most sub-steps of one monthly call.</summary>
    public const int MaxMonthlySubSteps = 64;

    /// <summary>
    /// A theatre's month (or any period) of the same law: draws the three normals of
    /// <see cref="MonthlyNoise"/> and integrates (see the overload taking the noise).
    /// </summary>
    public static (double AttackerLossFraction, double DefenderLossFraction) MonthlyLosses(
        double attackerPower,
        double defenderPower,
        double days,
        in CombatLawParameters law,
        ref Xoshiro256StarStar rng,
        double elapsedDays = 0,
        DefenderPosture posture = DefenderPosture.Hasty,
        double attackerEffectiveness = 1.0,
        double defenderEffectiveness = 1.0,
        double engagements = 1.0)
    {
        var noise = MonthlyNoise.Draw(ref rng);
        return MonthlyLosses(attackerPower, defenderPower, days, law, noise, elapsedDays, posture, attackerEffectiveness, defenderEffectiveness, engagements);
    }

    /// <summary>
    /// A theatre's month (or any period) of the same law as <see cref="Fight"/>, for
    /// <paramref name="engagements"/> equal, independent engagements that share the powers (each fights
    /// with power / engagements). Powers are in the unit of <see cref="CombatLawParameters.ReferenceStrength"/>
    /// (men); <paramref name="elapsedDays"/> is how long the operation has already run (fatigue).
    /// <para>Noise: the per-battle intensity and side multipliers (median 1, log-sd IntensityNoise and
    /// BattleNoise) and the daily multipliers (mean 1, log-sd DailyNoise) are averaged over the
    /// engagements (and the days) by Fenton-Wilkinson: the mean is kept, the log-variance of an average of
    /// n multipliers is ln(1 + (e^σ² - 1)/n). With one engagement the per-battle noise is exactly the
    /// law's. The averaged multipliers hold for the whole period (exact in expectation while losses are
    /// small, which is the theatre case).</para>
    /// <para>Integration: in log strengths, midpoint rule, in equal sub-steps whose hazard (rate x
    /// step) is at most <see cref="MaxSubStepHazard"/> (at most <see cref="MaxMonthlySubSteps"/>), so a
    /// quiet theatre month takes one step and a battle month several; survival form, so losses never
    /// exceed strength. The draws do not depend on the state (always the three normals of
    /// <paramref name="noise"/>). Returns the fractions of each side lost, in [0, 1). No allocation.</para>
    /// </summary>
    public static (double AttackerLossFraction, double DefenderLossFraction) MonthlyLosses(
        double attackerPower,
        double defenderPower,
        double days,
        in CombatLawParameters law,
        in MonthlyNoise noise,
        double elapsedDays = 0,
        DefenderPosture posture = DefenderPosture.Hasty,
        double attackerEffectiveness = 1.0,
        double defenderEffectiveness = 1.0,
        double engagements = 1.0) =>
        MonthlyLosses(attackerPower, defenderPower, days, law, MonthlyLawConstants.From(law), ref Unsafe.NullRef<FatigueMemo>(), noise, elapsedDays, posture, attackerEffectiveness, defenderEffectiveness, engagements);

    /// <summary>
    /// As the public overload, with the law's per-replication constants (<paramref name="c"/>, built once
    /// from <paramref name="law"/> by <see cref="MonthlyLawConstants.From"/>) instead of recomputing them
    /// every call. Same numbers, bit for bit.
    /// </summary>
    internal static (double AttackerLossFraction, double DefenderLossFraction) MonthlyLosses(
        double attackerPower,
        double defenderPower,
        double days,
        in CombatLawParameters law,
        in MonthlyLawConstants c,
        ref FatigueMemo memo,
        in MonthlyNoise noise,
        double elapsedDays,
        DefenderPosture posture,
        double attackerEffectiveness,
        double defenderEffectiveness,
        double engagements)
    {
        if (!(attackerPower > 0) || !(defenderPower > 0) || !(days > 0) || !(attackerEffectiveness > 0) || !(defenderEffectiveness > 0))
        {
            return (0, 0);
        }

        var n = engagements > 1 ? engagements : 1.0;
        var postureFactor = posture switch
        {
            DefenderPosture.Prepared => law.PreparedDefenceFactor,
            DefenderPosture.Fortified => law.FortifiedDefenceFactor,
            _ => 1.0,
        };

        // Averaged noise: log-mean m and log-sd s of the intensity and of each side's multiplier.
        double mI = 0, sI = law.IntensityNoise, mSide = 0, sSide2 = law.BattleNoise * law.BattleNoise;
        if (n > 1)
        {
            var vI = law.IntensityNoise * law.IntensityNoise;
            var sI2 = FastMath.Log(1 + (c.IntensityVarianceFactor / n));
            mI = (vI - sI2) / 2;
            sI = Math.Sqrt(sI2);
            var vB = sSide2;
            sSide2 = FastMath.Log(1 + (c.BattleVarianceFactor / n));
            mSide = (vB - sSide2) / 2;
        }

        if (c.DailyNoisePositive)
        {
            var d2 = FastMath.Log(1 + (c.DailyVarianceFactor / (n * Math.Max(1, days))));
            sSide2 += d2;
            mSide -= d2 / 2;
        }

        var sSide = Math.Sqrt(sSide2);
        var common = mI + (sI * noise.Intensity) + mSide - (law.Fatigue * elapsedDays);
        var lnKA = FastMath.Log(law.AttackerLossRate * postureFactor * defenderEffectiveness) + common + (sSide * noise.Attacker);
        var lnKD = FastMath.Log(law.DefenderLossRate / postureFactor * attackerEffectiveness) + common + (sSide * noise.Defender);
        var lnS = FastMath.Log(law.ReferenceStrength * n);
        var p = law.FirerExponent;
        var qm1 = law.TargetExponent - 1;
        var la0 = FastMath.Log(attackerPower) - lnS;
        var ld0 = FastMath.Log(defenderPower) - lnS;
        var la = la0;
        var ld = ld0;
        var rateA = FastMath.Exp(lnKA + (p * ld) + (qm1 * la));
        var rateD = FastMath.Exp(lnKD + (p * la) + (qm1 * ld));
        var hazard = Math.Max(rateA, rateD) * days;
        var steps = hazard <= MaxSubStepHazard ? 1 : (int)Math.Min(MaxMonthlySubSteps, Math.Ceiling(hazard / MaxSubStepHazard));
        var h = days / steps;
        double halfFatigue;
        if (Unsafe.IsNullRef(ref memo))
        {
            halfFatigue = law.Fatigue > 0 ? FastMath.Exp(-law.Fatigue * h / 2) : 1.0;
        }
        else if (memo.Step == h)
        {
            halfFatigue = memo.HalfFatigue;
        }
        else
        {
            halfFatigue = law.Fatigue > 0 ? FastMath.Exp(-law.Fatigue * h / 2) : 1.0;
            memo = new FatigueMemo(h, halfFatigue);
        }

        var stepFatigue = halfFatigue * halfFatigue;
        var fatigue = halfFatigue;
        for (var i = 0; i < steps; i++)
        {
            if (i > 0)
            {
                rateA = FastMath.Exp(lnKA + (p * ld) + (qm1 * la));
                rateD = FastMath.Exp(lnKD + (p * la) + (qm1 * ld));
            }

            var half = fatigue * h / 2;
            var laMid = la - (rateA * half);
            var ldMid = ld - (rateD * half);
            var full = fatigue * h;
            la -= FastMath.Exp(lnKA + (p * ldMid) + (qm1 * laMid)) * full;
            ld -= FastMath.Exp(lnKD + (p * laMid) + (qm1 * ldMid)) * full;
            fatigue *= stepFatigue;
        }

        var fa = 1 - FastMath.Exp(la - la0);
        var fd = 1 - FastMath.Exp(ld - ld0);
        return (double.IsFinite(fa) ? Math.Clamp(fa, 0, 1) : 1, double.IsFinite(fd) ? Math.Clamp(fd, 0, 1) : 1);
    }

    /// <summary>
    /// The constants of the monthly form that depend only on the law (the variance factors e^σ² - 1 of
    /// the intensity, battle and daily noises), built once per replication.
    /// </summary>
    internal readonly struct MonthlyLawConstants
    {
        public readonly double IntensityVarianceFactor;
        public readonly double BattleVarianceFactor;
        public readonly double DailyVarianceFactor;
        public readonly bool DailyNoisePositive;

        private MonthlyLawConstants(in CombatLawParameters law)
        {
            var vI = law.IntensityNoise * law.IntensityNoise;
            var vB = law.BattleNoise * law.BattleNoise;
            var vDaily = law.DailyNoise * law.DailyNoise;
            IntensityVarianceFactor = FastMath.Exp(vI) - 1;
            BattleVarianceFactor = FastMath.Exp(vB) - 1;
            DailyVarianceFactor = FastMath.Exp(vDaily) - 1;
            DailyNoisePositive = vDaily > 0;
        }

        /// <summary>The constants of <paramref name="law"/>.</summary>
        public static MonthlyLawConstants From(in CombatLawParameters law) => new(law);
    }

    /// <summary>
    /// The last sub-step length of the monthly form and its half-step fatigue factor exp(-φh/2), for one
    /// law (reset with the law: <see cref="Empty"/>). Sub-steps repeat from month to month, so the
    /// exponential is mostly reused.
    /// </summary>
    internal readonly record struct FatigueMemo(double Step, double HalfFatigue)
    {
        /// <summary>No step remembered.</summary>
        public static FatigueMemo Empty => new(double.NaN, double.NaN);
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
