namespace Counterfactual.Model.Metrics;

/// <summary>What kind of value a metric holds.</summary>
public enum MetricKind
{
    Categorical,
    Month,
    Numeric,
    Trajectory,
}

/// <summary>
/// The public description of one metric: its snake_case name (the CSV spelling), its unit and meaning
/// (the codebook), and for categorical metrics the ordered list of states. <see cref="Min"/> and
/// <see cref="Max"/> bound the values the model can produce; aggregation uses them to bin exactly.
/// </summary>
public sealed record MetricDescriptor(
    string Name,
    MetricKind Kind,
    int Index,
    string Unit,
    string Description,
    IReadOnlyList<string> States,
    double Min,
    double Max);
