namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// The theatre-level combat laws of MODEL.md, shared by every land theatre: the advance law
/// <c>v_max tanh(k (R - 1)) eps</c>, monthly losses in Helmbold form with a posture factor and
/// lognormal noise, and the encirclement chance. The single-battle law of the Combat folder may
/// later replace <see cref="LossShare"/>; its callers pass every coefficient explicitly.
/// </summary>
internal static class TheatreCombat
{
    /// <summary>Largest encirclement chance in one month.</summary>
    public const double MaxEncirclementChance = 0.6;

    /// <summary>Monthly advance (km or progress); negative when the defender is stronger.</summary>
    public static double Advance(double vMax, double steepness, double ratio, double noise) =>
        vMax * Math.Tanh(steepness * (ratio - 1)) * noise;

    /// <summary>
    /// Share of a side lost in a month: <c>base x (enemy power / own power)^W x posture x noise</c>,
    /// capped. <paramref name="enemyOverOwn"/> must be &gt; 0.
    /// </summary>
    public static double LossShare(double baseRate, double enemyOverOwn, double exponent, double posture, double noise, double cap) =>
        Math.Min(cap, baseRate * Math.Exp(exponent * Math.Log(enemyOverOwn)) * posture * noise);

    /// <summary>Monthly chance that the weaker side suffers an encirclement: rate x (attacker ratio - 1), capped.</summary>
    public static double EncirclementChance(double rate, double ratio)
    {
        var attackerRatio = ratio >= 1 ? ratio : 1 / ratio;
        return Math.Min(MaxEncirclementChance, rate * (attackerRatio - 1));
    }

    /// <summary>Calendar month 1-12 of a non-negative month index (0 = June 1941).</summary>
    public static int MonthOfYear(int t) => ((t + 5) % 12) + 1;

    /// <summary>Linear interpolation of a quality curve between two months, flat outside.</summary>
    public static double Learning(double from, double to, int t, int t0, int t1) =>
        t <= t0 ? from : t >= t1 ? to : from + ((to - from) * (t - t0) / (t1 - t0));
}
