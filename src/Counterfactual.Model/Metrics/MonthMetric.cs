namespace Counterfactual.Model.Metrics;

/// <summary>Per-replication outcomes that are a month index, or <c>Calendar.Never</c>.</summary>
public enum MonthMetric
{
    GermanySurrender,
    JapanSurrender,
    WarEnd,
    MoscowFall,
    UssrSeparatePeace,
    JapanAttackUssr,
    UssrAttackJapan,
    UsEntry,
    SecondFront,
    AtomicFirstUse,
    HongKongFall,
    PhilippinesFall,
    SingaporeFall,
    JavaFall,
    RangoonFall,
    SouthernConquest,
    JapanOilExhausted,
    MaxGermanDepth,
}
