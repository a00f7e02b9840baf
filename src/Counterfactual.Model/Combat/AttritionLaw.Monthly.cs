using System.Runtime.CompilerServices;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Model.Combat;

/// <summary>The monthly form of the attrition law: a theatre's month in adaptive sub-steps.</summary>
public static partial class AttritionLaw
{
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
        double engagements = 1.0)
    {
        if (!(attackerPower > 0) || !(defenderPower > 0))
        {
            return (0, 0);
        }

        // Strengths enter the law as power / (S n): their logarithms are ln power - ln(S n).
        var n = engagements > 1 ? engagements : 1.0;
        var lnSn = FastMath.Log(law.ReferenceStrength * n);
        var strengths = new LogStrengths(FastMath.Log(attackerPower) - lnSn, FastMath.Log(defenderPower) - lnSn, 1 / n);
        return MonthlyLosses(law, MonthlyLawConstants.From(law), ref Unsafe.NullRef<FatigueMemo>(), noise, strengths, days, elapsedDays, posture, attackerEffectiveness, defenderEffectiveness);
    }

    /// <summary>
    /// As the public overload, from the strengths' logarithms (<paramref name="x"/>; a theatre gets both from
    /// one logarithm, see <see cref="LogStrengths.OfTheatre"/>) and with the law's per-replication constants
    /// (<paramref name="c"/>, built once from <paramref name="law"/> by <see cref="MonthlyLawConstants.From"/>)
    /// and the fatigue memo (or a null reference for none) instead of recomputing them every call.
    /// </summary>
    internal static (double AttackerLossFraction, double DefenderLossFraction) MonthlyLosses(
        in CombatLawParameters law,
        in MonthlyLawConstants c,
        ref FatigueMemo memo,
        in MonthlyNoise noise,
        in LogStrengths x,
        double days,
        double elapsedDays,
        DefenderPosture posture,
        double attackerEffectiveness,
        double defenderEffectiveness)
    {
        if (!(days > 0) || !(attackerEffectiveness > 0) || !(defenderEffectiveness > 0))
        {
            return (0, 0);
        }

        // The posture multiplies the attacker's rate and divides the defender's: ± its logarithm (0 when hasty).
        var lnPosture = posture switch
        {
            DefenderPosture.Prepared => FastMath.Log(law.PreparedDefenceFactor),
            DefenderPosture.Fortified => FastMath.Log(law.FortifiedDefenceFactor),
            _ => 0.0,
        };

        // Averaged noise: log-mean m and log-sd s of the intensity and of each side's multiplier. The
        // side's variance is that of the battle average plus that of the daily average,
        // ln(1 + B/n) + ln(1 + Daily/(n days)): one logarithm of the product.
        var inverseN = x.InverseEngagements;
        var vB = law.BattleNoise * law.BattleNoise;
        var dailyFactor = c.DailyNoisePositive ? 1 + (c.DailyVarianceFactor * inverseN / Math.Max(1, days)) : 1;
        double mI = 0, sI = law.IntensityNoise, sSide2;
        if (inverseN < 1)
        {
            var sI2 = FastMath.Log(1 + (c.IntensityVarianceFactor * inverseN));
            mI = ((law.IntensityNoise * law.IntensityNoise) - sI2) / 2;
            sI = Math.Sqrt(sI2);
            sSide2 = FastMath.Log((1 + (c.BattleVarianceFactor * inverseN)) * dailyFactor);
        }
        else
        {
            sSide2 = vB + (c.DailyNoisePositive ? FastMath.Log(dailyFactor) : 0);
        }

        var mSide = (vB - sSide2) / 2;
        var sSide = Math.Sqrt(sSide2);
        var common = mI + (sI * noise.Intensity) + mSide - (law.Fatigue * elapsedDays);
        var lnKA = FastMath.Log(law.AttackerLossRate * defenderEffectiveness) + lnPosture + common + (sSide * noise.Attacker);
        var lnKD = FastMath.Log(law.DefenderLossRate * attackerEffectiveness) - lnPosture + common + (sSide * noise.Defender);
        return Integrate(law, ref memo, x.Attacker, x.Defender, lnKA, lnKD, days);
    }

    /// <summary>
    /// The monthly form's integration from log strengths (la0, ld0) and log rate constants: midpoint rule in
    /// equal sub-steps of hazard at most <see cref="MaxSubStepHazard"/>, survival form.
    /// </summary>
    private static (double AttackerLossFraction, double DefenderLossFraction) Integrate(
        in CombatLawParameters law, ref FatigueMemo memo, double la0, double ld0, double lnKA, double lnKD, double days)
    {
        var p = law.FirerExponent;
        var qm1 = law.TargetExponent - 1;
        var la = la0;
        var ld = ld0;
        var rateA = FastMath.Exp(lnKA + (p * ld) + (qm1 * la));
        var rateD = FastMath.Exp(lnKD + (p * la) + (qm1 * ld));
        var hazard = Math.Max(rateA, rateD) * days;
        var steps = hazard <= MaxSubStepHazard ? 1 : (int)Math.Min(MaxMonthlySubSteps, Math.Ceiling(hazard / MaxSubStepHazard));
        var h = steps == 1 ? days : days / steps;
        var halfFatigue = HalfStepFatigue(law, ref memo, h);
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

    /// <summary>exp(-φh/2), from the memo when the step repeats (a null memo: computed every time).</summary>
    [MethodImpl(AheadOfTime.Inline)]
    private static double HalfStepFatigue(in CombatLawParameters law, ref FatigueMemo memo, double h)
    {
        if (!Unsafe.IsNullRef(ref memo) && memo.Step == h)
        {
            return memo.HalfFatigue;
        }

        var halfFatigue = law.Fatigue > 0 ? FastMath.Exp(-law.Fatigue * h / 2) : 1.0;
        if (!Unsafe.IsNullRef(ref memo))
        {
            memo = new FatigueMemo(h, halfFatigue);
        }

        return halfFatigue;
    }

    /// <summary>
    /// The strengths of the monthly form as ln(power / (S n)) for the attacker and the defender, with 1/n for the
    /// n engagements (at least 1) they are averaged over.
    /// </summary>
    internal readonly record struct LogStrengths(double Attacker, double Defender, double InverseEngagements)
    {
        /// <summary>
        /// A theatre front of <paramref name="attackerMen"/> and <paramref name="defenderMen"/> (both &gt; 0) fought
        /// as n = attacker men / E engagements (E = <paramref name="engagementMen"/>): while n &gt; 1, ln(attacker/(S n))
        /// = ln(E/S) (<paramref name="lnEngagementOverReference"/>, fixed for a replication) and ln(defender/(S n)) =
        /// ln(defender/attacker) + ln(E/S), one logarithm instead of three; otherwise n = 1 and ln(power/S).
        /// </summary>
        [MethodImpl(AheadOfTime.Inline)]
        public static LogStrengths OfTheatre(double attackerMen, double defenderMen, double engagementMen, double lnEngagementOverReference, double lnReference)
        {
            var inverseAttacker = 1 / attackerMen;
            var inverseEngagements = engagementMen * inverseAttacker;
            return inverseEngagements < 1
                ? new LogStrengths(lnEngagementOverReference, FastMath.Log(defenderMen * inverseAttacker) + lnEngagementOverReference, inverseEngagements)
                : new LogStrengths(FastMath.Log(attackerMen) - lnReference, FastMath.Log(defenderMen) - lnReference, 1);
        }
    }

    /// <summary>
    /// The constants of the monthly form that depend only on the law (the variance factors e^σ² - 1 of
    /// the intensity, battle and daily noises, ln S), built once per replication.
    /// </summary>
    internal readonly struct MonthlyLawConstants
    {
        public readonly double IntensityVarianceFactor;
        public readonly double BattleVarianceFactor;
        public readonly double DailyVarianceFactor;
        public readonly bool DailyNoisePositive;

        /// <summary>ln S, S = <see cref="CombatLawParameters.ReferenceStrength"/>.</summary>
        public readonly double LnReference;

        // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private MonthlyLawConstants(in CombatLawParameters law)
        {
            var vI = law.IntensityNoise * law.IntensityNoise;
            var vB = law.BattleNoise * law.BattleNoise;
            var vDaily = law.DailyNoise * law.DailyNoise;
            IntensityVarianceFactor = FastMath.Exp(vI) - 1;
            BattleVarianceFactor = FastMath.Exp(vB) - 1;
            DailyVarianceFactor = FastMath.Exp(vDaily) - 1;
            DailyNoisePositive = vDaily > 0;
            LnReference = FastMath.Log(law.ReferenceStrength);
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
}
