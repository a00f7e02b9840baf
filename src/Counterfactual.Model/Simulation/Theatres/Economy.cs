using System.Runtime.CompilerServices;
using Counterfactual.Model.Parameters;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// Production and reinforcements (munitions paths of Goldsmith/Harrison scaled by occupation), Soviet
/// transfers between the Far East and the west, Lend-Lease by three routes, and Japan's oil clock.
/// Deterministic: it draws nothing.
/// </summary>
internal static class Economy
{
    /// <summary>Month index of 1944-12, the last month of local Far East formations.</summary>
    private const int LocalFormationEnd = 42;

    /// <summary>German depth (km) behind the historical Soviet munitions path of 1942.</summary>
    private const double HistoricalDepth = 900;

    /// <summary>1/12: a yearly rate to a month's (multiplied rather than divided, a little faster).</summary>
    private const double PerMonth = 1.0 / 12;

    /// <summary>1/1000: km to thousands of km.</summary>
    private const double PerThousandKm = 1.0 / 1000;

    [MethodImpl(AheadOfTime.Inline)]
    public static void Step(WorldState s, ParameterValues p, int t, ITraceSink? trace)
    {
        var lendLease = LendLease(s, p, t);
        SovietWest(s, p, t, lendLease);
        German(s, p, t);
        SovietEast(s, p, t, trace);
        Oil(s, p, t, trace);
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static double LendLease(WorldState s, ParameterValues p, int t)
    {
        var fighting = s.EastWar || (s.GermanySurrender != Calendar.Never && s.SeparatePeace == Calendar.Never
            && t <= s.GermanySurrender + p.Month(Param.LendLeaseAfterGermanyMonths));
        if (!fighting)
        {
            return 0;
        }

        var ramp = p.Path(Param.MunitionsUsa1941, t) * s.InverseUsMunitions1944;
        var arctic = t >= p.Month(Param.LendLeaseArcticStartMonth) ? p[Param.LendLeaseArcticMtPerMonth] * ramp : 0;
        var persian = t >= p.Month(Param.LendLeasePersianStartMonth) ? p[Param.LendLeasePersianMtPerMonth] * ramp : 0;
        var pacific = t >= p.Month(Param.LendLeasePacificStartMonth) ? p[Param.LendLeasePacificMtPerMonth] * ramp : 0;
        if (s.FeWar)
        {
            pacific *= p[Param.LendLeasePacificWarThrottle];
        }

        if (s.RailCut)
        {
            pacific = 0;
        }

        s.LlArctic += arctic;
        s.LlPersian += persian;
        s.LlPacific += pacific;
        return arctic + persian + pacific;
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void SovietWest(WorldState s, ParameterValues p, int t, double lendLease)
    {
        var arrivals = s.InTransit * p[Param.FarEastQualityBonus];
        s.InTransit = 0;
        if (!s.EastWar)
        {
            return;
        }

        var occupation = 1 - (p[Param.OccupationSensitivity] * (s.D - HistoricalDepth) * PerThousandKm) - (s.MoscowHeldByGermany ? p[Param.MoscowProductionLoss] : 0);
        var output = p.Path(Param.MunitionsUssr1941, t) * Math.Clamp(occupation, 0.3, 1.4);
        var surge = t < p.Month(Param.SovietMobilisationSurgeMonths) ? p[Param.SovietMobilisationSurgeDe] : 0;
        var fresh = (p[Param.SovietDePerMunitionsBn] * output * PerMonth) + surge + (p[Param.LendLeaseDePerMt] * lendLease);
        if (s.FeWar)
        {
            var east = fresh * p[Param.SovietEastWarShare];
            fresh -= east;
            s.SE += east;
        }

        s.S += fresh + arrivals;
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void German(WorldState s, ParameterValues p, int t)
    {
        if (s.ShiftArrival != Calendar.Never && t >= s.ShiftArrival)
        {
            s.ShiftedWest += s.ShiftPending;
            s.ShiftPending = 0;
            s.ShiftArrival = Calendar.Never;
        }

        if (!s.EastWar)
        {
            return;
        }

        var lostResources = s.D < 0 ? Math.Max(0.3, 1 + (s.D * (1.0 / 2000))) : 1;
        var drained = s.SecondFront != Calendar.Never || t >= p.Month(Param.MediterraneanDrainMonth);
        var share = drained ? p[Param.GermanEastShareAfterInvasion] : p[Param.GermanEastShare];
        s.G += p[Param.GermanDePerMunitionsBn] * p.Path(Param.MunitionsGermany1941, t) * lostResources * PerMonth * share;
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void SovietEast(WorldState s, ParameterValues p, int t, ITraceSink? trace)
    {
        if (t >= 1 && t <= LocalFormationEnd && !s.JapanOut)
        {
            s.SE += p[Param.SovietEastLocalDePerMonth];
        }

        if (s.EastWar && !s.FeWar && t <= p.Month(Param.TransferLastMonth))
        {
            var threat = Math.Clamp((s.D - p[Param.TransferThreatDepthKm]) * (1.0 / 400), 0, 1);
            var rate = p[Param.TransferBaseDePerMonth] + (p[Param.TransferThreatDePerMonth] * threat);
            var moved = Math.Min(rate, Math.Max(0, s.SE - s.EastFloor));
            if (moved > 0)
            {
                s.SE -= moved;
                s.InTransit += moved;
                s.SentWest += moved;
                trace?.Record(t, "far_east", "decision", FormattableString.Invariant($"{moved:0.0} DE leave the Far East for the west ({s.SE:0.0} DE remain)."));
            }
        }

        var buildup = s.GermanySurrender != Calendar.Never && !s.JapanOut && s.SeparatePeace == Calendar.Never;
        if (buildup && s.SE < p[Param.SovietEastBuildupTargetDe])
        {
            s.SE = Math.Min(p[Param.SovietEastBuildupTargetDe], s.SE + p[Param.SovietEastBuildupDePerMonth]);
        }

        if (s.FeWar && !s.JapanOut && s.JapanNorthAdded < p[Param.JapanNorthReinforcementMaxDe])
        {
            s.JapanNorthAdded = Math.Min(p[Param.JapanNorthReinforcementMaxDe], s.JapanNorthAdded + p[Param.JapanNorthReinforcementDePerMonth]);
        }

        FarEast.UpdateKwantung(s, p, t);
    }

    [MethodImpl(AheadOfTime.Inline)]
    private static void Oil(WorldState s, ParameterValues p, int t, ITraceSink? trace)
    {
        if (t < p.Month(Param.SouthEmbargoMonth) || s.JapanOut)
        {
            return;
        }

        var burn = s.SouthStart != Calendar.Never ? p[Param.OilWarBurn] : p[Param.OilPeaceBurn];
        if (s.FeWar)
        {
            burn += p[Param.OilNorthWarBurn];
        }

        if (s.Progress[(int)SouthCampaign.Java] >= 1)
        {
            s.FieldsRestored = Math.Min(1, s.FieldsRestored + s.InverseOilRepair);
        }

        var held = 1 - (p[Param.SouthReconquestShare] * Math.Max(0, (s.Y - 0.5) / 0.5));
        var income = p[Param.OilIncomeFull] * s.FieldsRestored * held * (1 - s.Blockade);
        s.Oil = Math.Max(0, s.Oil - burn + income);
        if (s.Oil <= 0 && s.OilExhausted == Calendar.Never)
        {
            s.OilExhausted = t;
            trace?.Record(t, "economy", "event", "Japan's oil stock is exhausted.");
        }
    }
}
