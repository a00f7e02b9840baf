using System.Runtime.CompilerServices;
using Counterfactual.Model.Combat;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// The theatre-level combat laws of MODEL.md: the advance law <c>v_max tanh(k (R - 1)) eps</c>, the
/// land theatres' monthly losses from the single-battle law (<see cref="GroundLosses"/>, which calls
/// <see cref="AttritionLaw"/>), the Pacific's naval-air losses in Helmbold form (<see cref="LossShare"/>)
/// and the encirclement chance.
/// </summary>
internal static class TheatreCombat
{
    /// <summary>Largest encirclement chance in one month.</summary>
    public const double MaxEncirclementChance = 0.6;

    /// <summary>Monthly advance (km or progress); negative when the defender is stronger.</summary>
    public static double Advance(double vMax, double steepness, double ratio, double noise) =>
        vMax * FastMath.Tanh(steepness * (ratio - 1)) * noise;

    /// <summary>
    /// max(0, <see cref="Advance"/>): progress that never goes back. With vMax ≥ 0, noise &gt; 0 and k (R - 1) ≤ 0
    /// the tanh is ≤ 0 and the product ≤ 0, so the result is 0 without evaluating tanh (the same number).
    /// </summary>
    [MethodImpl(AheadOfTime.Inline)]
    public static double ForwardAdvance(double vMax, double steepness, double ratio, double noise)
    {
        var x = steepness * (ratio - 1);
        return x <= 0 && vMax >= 0 ? 0 : Math.Max(0, vMax * FastMath.Tanh(x) * noise);
    }

    /// <summary>
    /// Share of a side lost in a month: <c>base x (enemy power / own power)^W x posture x e^noise</c>, capped,
    /// from the log of the power ratio and the log-noise (<c>σ z</c>): one exponential of their sum, so the
    /// two sides of a battle share one logarithm (ln(own/enemy) = -ln(enemy/own)).
    /// </summary>
    public static double LossShare(double baseRate, double logEnemyOverOwn, double exponent, double posture, double logNoise, double cap) =>
        Math.Min(cap, baseRate * posture * FastMath.Exp((exponent * logEnemyOverOwn) + logNoise));

    /// <summary>Days in a theatre month.</summary>
    public const double MonthDays = 30;

    /// <summary>
    /// A land theatre's monthly loss shares from the combat law: the whole front (DE x
    /// <c>theatreMenPerDe</c> men-equivalents) fights <paramref name="intensity"/> x 30 days of full battle
    /// intensity, as (attacker men / <c>theatreEngagementMen</c>) independent engagements; quality enters as
    /// each side's effectiveness. Returns (attacker share, defender share).
    /// </summary>
    public static (double Attacker, double Defender) GroundLosses(
        PreparedWorld world, ref AttritionLaw.FatigueMemo fatigue, ParameterValues p, double intensity, double attackerDe, double defenderDe, double attackerEffectiveness, double defenderEffectiveness, in MonthlyNoise noise)
    {
        var menPerDe = p[Param.TheatreMenPerDe];
        var attackerMen = Math.Max(1e-6, attackerDe) * menPerDe;
        var defenderMen = Math.Max(1e-6, defenderDe) * menPerDe;
        if (!(attackerMen > 0) || !(defenderMen > 0))
        {
            return (0, 0);
        }

        var strengths = AttritionLaw.LogStrengths.OfTheatre(attackerMen, defenderMen, p[Param.TheatreEngagementMen], world.LnEngagementOverReference, world.LawConstants.LnReference);
        return AttritionLaw.MonthlyLosses(world.Law, world.LawConstants, ref fatigue, noise, strengths, intensity * MonthDays, 0, DefenderPosture.Hasty, attackerEffectiveness, defenderEffectiveness);
    }

    /// <summary>Monthly chance that the weaker side suffers an encirclement: rate x (attacker ratio - 1), capped.</summary>
    [MethodImpl(AheadOfTime.Inline)]
    public static double EncirclementChance(double rate, double ratio)
    {
        var attackerRatio = ratio >= 1 ? ratio : 1 / ratio;
        return Math.Min(MaxEncirclementChance, rate * (attackerRatio - 1));
    }

    /// <summary>Calendar month 1-12 of a non-negative month index (0 = June 1941).</summary>
    public static int MonthOfYear(int t) => ((t + 5) % 12) + 1;

    /// <summary>
    /// Linear interpolation of a quality curve between two months, flat outside. The span's reciprocal is a
    /// constant where the months are (callers pass literals), so no division is left in the month.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Learning(double from, double to, int t, int t0, int t1) =>
        t <= t0 ? from : t >= t1 ? to : from + ((to - from) * (t - t0) * (1.0 / (t1 - t0)));
}
