namespace Counterfactual.Model.Metrics;

/// <summary>State variables recorded every month of a replication (units in <see cref="MetricCatalog"/>).</summary>
public enum TrajectoryVariable
{
    GermanDepthKm,
    SovietCohesion,
    GermanEastDe,
    SovietWestDe,
    SovietEastDe,
    KwantungDe,
    JapanOilMonths,
    SouthernExtent,
    PacificProgress,
    WesternFrontProgress,
}
