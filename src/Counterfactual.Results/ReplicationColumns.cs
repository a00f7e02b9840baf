using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Results;

/// <summary>
/// The columns of <c>replications.csv</c>: scenario_id, replication, every metric of
/// <see cref="MetricCatalog.PerReplication"/> in order, then <c>param_NAME</c> for every model parameter.
/// </summary>
public static class ReplicationColumns
{
    /// <summary>Prefix of the sampled-parameter columns.</summary>
    public const string ParameterPrefix = "param_";

    /// <summary>The header of <c>replications.csv</c> for the given parameter names.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string> parameterNames)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        var header = new List<string>(2 + MetricCatalog.PerReplication.Count + parameterNames.Count)
        {
            ResultColumns.ScenarioId.Name,
            ResultColumns.Replication.Name,
        };
        foreach (var metric in MetricCatalog.PerReplication)
        {
            header.Add(metric.Name);
        }

        foreach (var name in parameterNames)
        {
            header.Add(ParameterPrefix + name);
        }

        return header;
    }

    internal static IEnumerable<ColumnSpec> Specs(IReadOnlyList<ParameterDefinition> parameters)
    {
        yield return ResultColumns.ScenarioId;
        yield return ResultColumns.Replication;
        foreach (var metric in MetricCatalog.PerReplication)
        {
            yield return metric.Kind switch
            {
                MetricKind.Categorical => new ColumnSpec(metric.Name, "state", "", metric.Description + " One of: " + string.Join(", ", metric.States) + "."),
                MetricKind.Month => new ColumnSpec(metric.Name, "month_or_never", "YYYY-MM or never", metric.Description + " never: did not happen by the horizon."),
                _ => new ColumnSpec(metric.Name, "number", metric.Unit, metric.Description + " Blank where undefined."),
            };
        }

        foreach (var parameter in parameters)
        {
            yield return new ColumnSpec(ParameterPrefix + parameter.Name, "number", parameter.Unit, "Sampled value of model parameter " + parameter.Name + " in this replication's world: " + parameter.Meaning);
        }
    }
}
