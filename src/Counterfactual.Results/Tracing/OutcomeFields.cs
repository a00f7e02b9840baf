using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Time;

namespace Counterfactual.Results.Tracing;

/// <summary>
/// One replication's values as the texts <c>replications.csv</c> holds (see <see cref="CsvRawSink"/>):
/// state names, YYYY-MM or never, numbers in the <see cref="CsvNumber"/> format (blank for undefined),
/// then the sampled parameters as <c>param_NAME</c>. Used by <c>trace</c> so its outcomes can be checked
/// text-for-text against a raw row.
/// </summary>
public static class OutcomeFields
{
    /// <summary>(column, text) for every per-replication metric and then every parameter, in <c>replications.csv</c> column order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(
        ReplicationOutcome outcome,
        IReadOnlyList<ParameterDefinition> definitions,
        IReadOnlyList<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(parameters);
        if (definitions.Count != parameters.Count)
        {
            throw new ArgumentException($"Expected {definitions.Count} parameter values, got {parameters.Count}.", nameof(parameters));
        }

        var fields = new List<KeyValuePair<string, string>>(MetricCatalog.PerReplication.Count + parameters.Count);
        foreach (var metric in MetricCatalog.PerReplication)
        {
            var text = metric.Kind switch
            {
                MetricKind.Categorical => metric.States[outcome.States[metric.Index]],
                MetricKind.Month => Calendar.Format(outcome.Months[metric.Index]),
                _ => CsvNumber.Format(outcome.Numbers[metric.Index]),
            };
            fields.Add(new(metric.Name, text));
        }

        for (var i = 0; i < definitions.Count; i++)
        {
            fields.Add(new(ReplicationColumns.ParameterPrefix + definitions[i].Name, CsvNumber.Format(parameters[i])));
        }

        return fields;
    }
}
