namespace Counterfactual.Model.Metrics;

/// <summary>Per-replication outcomes that take one of a few named states (see <see cref="MetricCatalog"/>).</summary>
public enum CategoricalMetric
{
    EndResult,
    GermanyOutcome,
    JapanOutcome,
    UssrOutcome,
}
