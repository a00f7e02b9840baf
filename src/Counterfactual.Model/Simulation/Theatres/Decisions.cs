using System.Runtime.CompilerServices;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// The decisions taken at the start of a month: Japan's strike north and strike south, US entry, the
/// Soviet attack on Japan, and atomic bomb production. Reads the Decisions stream's six uniforms
/// of every month (<see cref="MonthDraws"/>) (the last four are read by <see cref="Politics"/> at the end of the month).
/// </summary>
internal static class Decisions
{
    [MethodImpl(AheadOfTime.Inline)]
    public static void Start(WorldState s, ParameterValues p, int t, in MonthDraws d, ITraceSink? trace)
    {
        StrikeNorth(s, p, t, d.UNorth, trace);
        StrikeSouth(s, p, t, d.USouth, trace);
        if (s.UsEntry == Calendar.Never && t >= 6 + p.Month(Param.UsEntryDelayWithoutAttackMonths))
        {
            s.UsEntry = t;
            s.UsAtWarGermany = !s.GermanyOut;
            trace?.Record(t, "politics", "decision", "The United States enters the war against Germany.");
        }

        SovietEntry(s, p, t, trace);
        if (s.AtomicReady != Calendar.Never && t >= s.AtomicReady)
        {
            s.BombStock += p[Param.AtomicBombsFirstMonth] + (p[Param.AtomicBombsGrowthPerMonth] * (t - s.AtomicReady));
        }
    }

    /// <summary>
    /// The strike-north hazard of MODEL.md: a logistic step in the Soviet/Kwantung balance relative to
    /// June 1941 around the sampled Kantokuen threshold, plus a collapse term; damped while Japan fights
    /// in the South and multiplied by (1 - pactCredibility) under the pact.
    /// </summary>
    [MethodImpl(AheadOfTime.Inline)]
    public static double NorthHazard(WorldState s, ParameterValues p, int t)
    {
        if (s.FeWar || s.JapanAttack != Calendar.Never || s.UssrAttack != Calendar.Never || s.JapanOut || s.GermanyOut)
        {
            return 0;
        }

        var moy = TheatreCombat.MonthOfYear(t);
        if (moy < p[Param.NorthWindowFirstMonth] || moy > p[Param.NorthWindowLastMonth])
        {
            return 0;
        }

        var balance = s.SE / s.SE0 * (s.KwRef / Math.Max(0.1, s.KW));
        var criterion = 1 / (1 + FastMath.Exp((balance - p[Param.KantokuenThreshold]) / p[Param.NorthHazardWidth]));
        var collapse = s.MoscowHeldByGermany || s.K < 0.3 ? p[Param.NorthCollapseHazard] : 0;
        var hazard = (p[Param.NorthMaxHazard] * criterion) + collapse;
        if (s.JapanAtWarSouth)
        {
            hazard *= p[Param.NorthHazardAtWarSouth];
        }

        if (s.Pact)
        {
            hazard *= 1 - p[Param.PactCredibility];
        }

        return Math.Clamp(hazard, 0, 1);
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void StrikeNorth(WorldState s, ParameterValues p, int t, double uNorth, ITraceSink? trace)
    {
        var hazard = NorthHazard(s, p, t);
        if (hazard <= 0 || uNorth >= hazard)
        {
            return;
        }

        s.FeWar = true;
        s.JapanAttack = t;
        s.K = Math.Max(0, s.K - p[Param.FarEastWarCohesionShock]);
        trace?.Record(t, "far_east", "decision", FormattableString.Invariant($"Japan strikes north: {s.KW:0.0} Kwantung DE against {s.SE:0.0} Soviet Far East DE (hazard {hazard:P0})."));
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void StrikeSouth(WorldState s, ParameterValues p, int t, double uSouth, ITraceSink? trace)
    {
        if (s.SouthStart != Calendar.Never || s.JapanOut || t < p.Month(Param.SouthEmbargoMonth) + p.Month(Param.SouthPreparationMonths))
        {
            return;
        }

        var hazard = p[Param.SouthMonthlyHazard] * (s.FeWar ? p[Param.SouthHazardAtWarNorth] : 1);
        if (s.Oil < p[Param.SouthOilTriggerMonths])
        {
            hazard = 1;
        }

        if (uSouth >= hazard)
        {
            return;
        }

        s.SouthStart = t;
        s.UsAtWarJapan = true;
        s.NUs = p[Param.UsNaval0];
        s.DefenderGrowth = 1 + (p[Param.SouthDefenderGrowthPerMonth] * Math.Max(0, t - 6));
        if (s.UsEntry == Calendar.Never)
        {
            s.UsEntry = t;
            s.UsAtWarGermany = !s.GermanyOut;
        }

        trace?.Record(t, "south", "decision", FormattableString.Invariant($"Japan strikes south with {s.SouthDe:0} DE and attacks the United States (oil stock {s.Oil:0.0} months)."));
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void SovietEntry(WorldState s, ParameterValues p, int t, ITraceSink? trace)
    {
        if (s.FeWar || s.UssrAttack != Calendar.Never || s.JapanOut || s.SeparatePeace != Calendar.Never)
        {
            return;
        }

        // Each condition is evaluated only when the ones before it hold (the usual month stops at the first).
        var afterGermany = s.GermanySurrender != Calendar.Never
            && t >= s.GermanySurrender + p.Month(Param.SovietEntryDelayMonths) + (s.Pact ? p.Month(Param.PactEntryDelayMonths) : 0);
        var early = !afterGermany && !s.Pact && s.JapanAtWarSouth && s.D <= p[Param.SovietEarlyEntryDepthKm]
            && s.SE / Math.Max(0.1, s.KW * TheatreCombat.Learning(p[Param.JapanVsSovietQuality1941], p[Param.JapanVsSovietQuality1945], t, 7, 50)) >= p[Param.SovietEarlyEntrySuperiority];
        if (!afterGermany && !early)
        {
            return;
        }

        s.FeWar = true;
        s.UssrAttack = t;
        trace?.Record(t, "far_east", "decision", FormattableString.Invariant($"The USSR attacks Japan with {s.SE:0} DE against {s.KW:0.0} Kwantung DE."));
    }
}
