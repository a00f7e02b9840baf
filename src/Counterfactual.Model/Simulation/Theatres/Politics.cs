using System.Runtime.CompilerServices;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// The end-of-month checks: Soviet cohesion and Moscow, the separate peace, atomic bombing, the
/// surrenders of Germany and Japan, and negotiated (compromise) peace. Uses the uniforms drawn by
/// <see cref="Decisions.Start"/>; draws nothing itself.
/// </summary>
internal static class Politics
{
    /// <summary>2^-52: how far the computed 1 - e^-x can exceed x (FastMath.Exp is within an ulp).</summary>
    private const double HazardBoundSlack = 1.0 / (1L << 52);

    public static void End(WorldState s, ParameterValues p, int t, in MonthDraws d, ITraceSink? trace)
    {
        Cohesion(s, p, t, d.EastCohesion, trace);
        SeparatePeace(s, p, t, trace);
        var bombsOnGermany = Bombs(s, p, t, trace);
        GermanSurrender(s, p, t, bombsOnGermany, d.UAtomic, trace);
        JapaneseSurrender(s, p, t, d.USurrender, trace);
        Compromise(s, p, t, d, trace);
        if (!s.JapanOut && s.SouthStart != Calendar.Never && t == 12)
        {
            s.Extent1942 = s.Extent;
        }
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void Cohesion(WorldState s, ParameterValues p, int t, double cohesionNoise, ITraceSink? trace)
    {
        if (!s.EastWar)
        {
            return;
        }

        var ceiling = 1 - (p[Param.CohesionDepthWeight] * Math.Max(0, s.D - p[Param.MoscowDepthKm]) * (1.0 / 1000));
        var k = s.K + (p[Param.CohesionRecovery] * (ceiling - s.K))
            - (p[Param.CohesionLossWeight] * s.EastLossShare)
            - (p[Param.CohesionTerritoryWeight] * s.EastAdvance * (1.0 / 1000))
            + (p[Param.CohesionNoise] * cohesionNoise);
        var moscow = p[Param.MoscowDepthKm];
        if (!s.MoscowHeldByGermany && s.D >= moscow)
        {
            s.MoscowHeldByGermany = true;
            k -= p[Param.CohesionMoscowShock];
            if (s.MoscowFall == Calendar.Never)
            {
                s.MoscowFall = t;
            }

            trace?.Record(t, "east", "event", "Moscow falls.");
        }
        else if (s.MoscowHeldByGermany && s.D < moscow - p[Param.MoscowZoneKm])
        {
            s.MoscowHeldByGermany = false;
            trace?.Record(t, "east", "event", "The Red Army retakes Moscow.");
        }

        s.K = Math.Clamp(k, 0, 1);
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void SeparatePeace(WorldState s, ParameterValues p, int t, ITraceSink? trace)
    {
        if (!s.EastWar || s.K >= p[Param.SeparatePeaceCohesion] || s.D <= 0)
        {
            return;
        }

        s.EastWar = false;
        s.SeparatePeace = t;
        s.FeWar = false;
        s.ShiftPending = p[Param.SeparatePeaceShiftShare] * s.G;
        s.G -= s.ShiftPending;
        s.ShiftArrival = t + p.Month(Param.SeparatePeaceShiftDelayMonths);
        trace?.Record(t, "politics", "decision", FormattableString.Invariant($"Soviet cohesion {s.K:0.00} breaks: the USSR makes a separate peace with the German line at {s.D:0} km (and ends any war with Japan)."));
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static int Bombs(WorldState s, ParameterValues p, int t, ITraceSink? trace)
    {
        if (s.BombStock is > -1 and < 1)
        {
            // No whole bomb in stock: none used, as below ((int) truncates toward 0).
            s.BombsOnJapan = 0;
            return 0;
        }

        var max = p.Month(Param.AtomicMaxPerMonth);
        var onGermany = 0;
        if (!s.GermanyOut && s.UsAtWarGermany)
        {
            onGermany = Math.Min(max, (int)s.BombStock);
            s.BombStock -= onGermany;
        }

        s.BombsOnJapan = 0;
        if (!s.JapanOut && s.UsAtWarJapan)
        {
            s.BombsOnJapan = Math.Min(max, (int)s.BombStock);
            s.BombStock -= s.BombsOnJapan;
        }

        if (onGermany + s.BombsOnJapan > 0)
        {
            if (s.AtomicFirst == Calendar.Never)
            {
                s.AtomicFirst = t;
            }

            trace?.Record(t, "politics", "event", FormattableString.Invariant($"Atomic bombs used: {onGermany} on Germany, {s.BombsOnJapan} on Japan."));
        }

        return onGermany;
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void GermanSurrender(WorldState s, ParameterValues p, int t, int bombs, double uAtomic, ITraceSink? trace)
    {
        if (s.GermanyOut)
        {
            return;
        }

        var heartland = p[Param.GermanHeartlandKm] * (1 - (p[Param.GermanSurrenderWestWeight] * s.W));
        var east = s.EastWar && -s.D >= heartland;
        var west = s.W >= 1;
        var atomic = bombs > 0 && uAtomic < 1 - FastMath.Pow(1 - p[Param.AtomicGermanySurrenderPerBomb], bombs);
        if (!east && !west && !atomic)
        {
            return;
        }

        s.GermanySurrender = t;
        s.EastWar = false;
        s.UsAtWarGermany = false;
        var why = east ? "the Red Army reaches its heartland" : west ? "the Western Allies overrun it" : "atomic bombing";
        trace?.Record(t, "politics", "event", $"Germany surrenders: {why}.");
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void JapaneseSurrender(WorldState s, ParameterValues p, int t, double uSurrender, ITraceSink? trace)
    {
        if (s.JapanOut || (!s.UsAtWarJapan && !s.FeWar))
        {
            return;
        }

        var start = p[Param.JapanSurrenderPacificStart];
        var pressure = p[Param.JapanSurrenderBase]
            + (p[Param.JapanSurrenderPacificWeight] * Math.Max(0, (s.Y - start) / (1 - start)))
            + (p[Param.JapanSurrenderBlockadeWeight] * s.Blockade)
            + (s.GermanySurrender != Calendar.Never ? p[Param.JapanSurrenderGermanyWeight] : 0)
            + (s.FeWar && s.UssrAttack != Calendar.Never ? p[Param.JapanSurrenderSovietWeight] : 0)
            + (s.OilExhausted != Calendar.Never ? p[Param.JapanSurrenderOilWeight] : 0)
            + (p[Param.JapanSurrenderAtomicWeight] * s.BombsOnJapan)
            + (s.Y >= 1 ? p[Param.JapanSurrenderInvasionWeight] : 0);

        // The hazard 1 - e^-pressure is at most the pressure (computed: plus 2^-52), so a uniform above that
        // cannot be under it: no exponential needed in the usual quiet month.
        if (uSurrender >= pressure + HazardBoundSlack)
        {
            return;
        }

        var hazard = 1 - FastMath.Exp(-pressure);
        if (uSurrender >= hazard)
        {
            return;
        }

        s.JapanSurrender = t;
        if (s.FeWar && s.FeRatio < 1)
        {
            s.ManchuriaOccupied = true;
        }

        s.FeWar = false;
        s.UsAtWarJapan = false;
        trace?.Record(t, "politics", "event", FormattableString.Invariant($"Japan surrenders (monthly hazard {hazard:P0})."));
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void Compromise(WorldState s, ParameterValues p, int t, in MonthDraws d, ITraceSink? trace)
    {
        var earliest = p.Month(Param.CompromiseEarliestMonth);
        if (!s.GermanyOut && s.SeparatePeace != Calendar.Never && t >= Math.Max(earliest, s.SeparatePeace + 12)
            && s.W < 0.3 && d.UCompromiseWest < p[Param.WestCompromiseHazard])
        {
            s.GermanyNegotiated = t;
            s.UsAtWarGermany = false;
            trace?.Record(t, "politics", "event", "The Western Allies and Germany agree a negotiated peace.");
        }

        if (!s.JapanOut && s.UsAtWarJapan && t >= earliest + 12 && s.Y < 0.5 && d.UCompromiseJapan < p[Param.JapanCompromiseHazard])
        {
            s.JapanNegotiated = t;
            s.UsAtWarJapan = false;
            s.FeWar = false;
            trace?.Record(t, "politics", "event", "The United States and Japan agree a negotiated peace.");
        }
    }
}
