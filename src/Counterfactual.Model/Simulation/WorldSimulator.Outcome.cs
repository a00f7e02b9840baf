using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Simulation;

/// <summary>End states and per-replication metrics (MODEL.md, end states).</summary>
public sealed partial class WorldSimulator
{
    /// <summary>Index of ALLIED_VICTORY in <see cref="MetricCatalog.EndResultStates"/>.</summary>
    internal const byte AlliedVictory = 0;

    /// <summary>Index of ALLIED_VICTORY_WITHOUT_USSR.</summary>
    internal const byte AlliedVictoryWithoutUssr = 1;

    /// <summary>Index of COMPROMISE_PEACE.</summary>
    internal const byte CompromisePeace = 2;

    /// <summary>Index of AXIS_UNDEFEATED.</summary>
    internal const byte AxisUndefeated = 3;

    /// <summary>Month of the southern-extent snapshot (1942-06).</summary>
    private const int June1942 = 12;

    private static void Finish(WorldState s, ParameterValues p, ReplicationOutcome o, int last)
    {
        var bothSurrendered = s.GermanySurrender != Calendar.Never && s.JapanSurrender != Calendar.Never;
        var separate = s.SeparatePeace != Calendar.Never;
        byte end = bothSurrendered
            ? separate ? AlliedVictoryWithoutUssr : AlliedVictory
            : s.GermanyOut && s.JapanOut ? CompromisePeace : AxisUndefeated;
        o.States[(int)CategoricalMetric.EndResult] = end;
        o.States[(int)CategoricalMetric.GermanyOutcome] = AxisState(s.GermanySurrender, s.GermanyNegotiated);
        o.States[(int)CategoricalMetric.JapanOutcome] = AxisState(s.JapanSurrender, s.JapanNegotiated);
        o.States[(int)CategoricalMetric.UssrOutcome] = (byte)(separate ? 1 : s.GermanySurrender != Calendar.Never ? 0 : 2);

        var m = o.Months;
        m[(int)MonthMetric.GermanySurrender] = s.GermanySurrender;
        m[(int)MonthMetric.JapanSurrender] = s.JapanSurrender;
        m[(int)MonthMetric.WarEnd] = s.GermanyOut && s.JapanOut ? last : Calendar.Never;
        m[(int)MonthMetric.MoscowFall] = s.MoscowFall;
        m[(int)MonthMetric.UssrSeparatePeace] = s.SeparatePeace;
        m[(int)MonthMetric.JapanAttackUssr] = s.JapanAttack;
        m[(int)MonthMetric.UssrAttackJapan] = s.UssrAttack;
        m[(int)MonthMetric.UsEntry] = s.UsEntry;
        m[(int)MonthMetric.SecondFront] = s.SecondFront;
        m[(int)MonthMetric.AtomicFirstUse] = s.AtomicFirst;
        m[(int)MonthMetric.HongKongFall] = s.FallMonth[(int)SouthCampaign.HongKong];
        m[(int)MonthMetric.PhilippinesFall] = s.FallMonth[(int)SouthCampaign.Philippines];
        m[(int)MonthMetric.SingaporeFall] = s.FallMonth[(int)SouthCampaign.Malaya];
        m[(int)MonthMetric.JavaFall] = s.FallMonth[(int)SouthCampaign.Java];
        m[(int)MonthMetric.RangoonFall] = s.FallMonth[(int)SouthCampaign.Burma];
        m[(int)MonthMetric.SouthernConquest] = s.SouthernConquest;
        m[(int)MonthMetric.JapanOilExhausted] = s.OilExhausted;
        m[(int)MonthMetric.MaxGermanDepth] = s.MaxDMonth;

        var n = o.Numbers;
        var lendLease = s.LlArctic + s.LlPersian + s.LlPacific;
        n[(int)NumericMetric.MaxGermanDepthKm] = s.MaxD;
        n[(int)NumericMetric.SouthernExtentJune1942] = o.Horizon >= June1942 ? s.Extent1942 : double.NaN;
        n[(int)NumericMetric.SovietDivisionsSentWest] = s.SentWest;
        n[(int)NumericMetric.SovietMilitaryLosses] = s.SovietLossDe * p[Param.SovietMenPerDe] / 1e6;
        n[(int)NumericMetric.GermanEastLosses] = s.GermanEastLossDe * p[Param.GermanMenPerDe] / 1e6;
        n[(int)NumericMetric.JapaneseMilitaryLosses] = ((s.JapanLossDe + s.SouthLossDe) * p[Param.JapaneseMenPerDe] / 1e6) + (p[Param.JapaneseLossPerProgress] * s.Y);
        n[(int)NumericMetric.LendLeaseMillionTons] = lendLease;
        n[(int)NumericMetric.LendLeasePacificShare] = lendLease > 0 ? s.LlPacific / lendLease : double.NaN;
        n[(int)NumericMetric.RedArmyLineAtGermanSurrenderKm] = s.GermanySurrender != Calendar.Never ? o.TrajectoryAt(s.GermanySurrender, TrajectoryVariable.GermanDepthKm) : double.NaN;
        n[(int)NumericMetric.SovietOccupiesManchuria] = s.ManchuriaOccupied ? 1 : 0;
    }

    private static byte AxisState(int surrender, int negotiated) =>
        (byte)(surrender != Calendar.Never ? 0 : negotiated != Calendar.Never ? 1 : 2);
}
