namespace Counterfactual.Model.Metrics;

/// <summary>Per-replication outcomes that are a real number (units in <see cref="MetricCatalog"/>).</summary>
public enum NumericMetric
{
    MaxGermanDepthKm,
    SouthernExtentJune1942,
    SovietDivisionsSentWest,
    SovietMilitaryLosses,
    GermanEastLosses,
    JapaneseMilitaryLosses,
    LendLeaseMillionTons,
    LendLeasePacificShare,
    RedArmyLineAtGermanSurrenderKm,
    SovietOccupiesManchuria,
}
