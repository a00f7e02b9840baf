using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Results;

/// <summary>
/// Builds <c>codebook.csv</c>: one row for every column of every file of the result set (in file order,
/// then column order), one per manifest key, then one per metric (file = <c>metrics</c>) and one per
/// trajectory variable (file = <c>variables</c>), so that any name a user meets can be looked up.
/// </summary>
public static class Codebook
{
    /// <summary>The codebook rows of a result set.</summary>
    /// <param name="leverNames">The lever columns of scenarios.csv, in order.</param>
    /// <param name="includesRaw">Whether replications.csv is part of the result set.</param>
    /// <param name="parameters">The model parameters (the param_ columns of replications.csv); <see cref="ParameterTable.Default"/> when null.</param>
    /// <param name="analysisFiles">The claim-analysis files written (conditioning.csv, sensitivity.csv, discovery.csv), if any.</param>
    public static IReadOnlyList<CodebookRow> Build(IReadOnlyList<string> leverNames, bool includesRaw, IReadOnlyList<ParameterDefinition>? parameters = null, IReadOnlyCollection<string>? analysisFiles = null)
    {
        ArgumentNullException.ThrowIfNull(leverNames);
        parameters ??= ParameterTable.Default.Definitions;
        var rows = new List<CodebookRow>();
        Add(rows, ResultFiles.Scenarios, ScenarioColumns(leverNames));
        Add(rows, ResultFiles.EndStates, ResultColumns.EndStates);
        Add(rows, ResultFiles.Summary, ResultColumns.Summary);
        Add(rows, ResultFiles.Distributions, ResultColumns.Distributions);
        Add(rows, ResultFiles.Trajectories, ResultColumns.Trajectories);
        Add(rows, ResultFiles.Claims, ResultColumns.ClaimsWithConditioning);
        AddAnalysis(rows, analysisFiles ?? []);
        if (includesRaw)
        {
            Add(rows, ResultFiles.Replications, ReplicationColumns.Specs(parameters));
        }

        Add(rows, ResultFiles.Codebook, ResultColumns.Codebook);
        Add(rows, ResultFiles.Manifest, ManifestJson.Keys);
        foreach (var metric in MetricCatalog.PerReplication)
        {
            rows.Add(MetricRow("metrics", metric));
        }

        foreach (var variable in MetricCatalog.Trajectories)
        {
            rows.Add(MetricRow("variables", variable));
        }

        return rows;
    }

    internal static IReadOnlyList<ColumnSpec> ScenarioColumns(IReadOnlyList<string> leverNames)
    {
        var columns = new List<ColumnSpec>(leverNames.Count + 2) { ResultColumns.ScenarioId };
        foreach (var lever in leverNames)
        {
            columns.Add(LeverColumns.For(lever));
        }

        columns.Add(ResultColumns.ScenarioReplications);
        return columns;
    }

    private static void AddAnalysis(List<CodebookRow> rows, IReadOnlyCollection<string> files)
    {
        if (files.Contains(ResultFiles.Conditioning))
        {
            Add(rows, ResultFiles.Conditioning, AnalysisColumns.Conditioning);
        }

        if (files.Contains(ResultFiles.Sensitivity))
        {
            Add(rows, ResultFiles.Sensitivity, AnalysisColumns.Sensitivity);
        }

        if (files.Contains(ResultFiles.Discovery))
        {
            Add(rows, ResultFiles.Discovery, AnalysisColumns.Discovery);
        }
    }

    private static void Add(List<CodebookRow> rows, string file, IEnumerable<ColumnSpec> columns)
    {
        foreach (var c in columns)
        {
            rows.Add(new CodebookRow(file, c.Name, c.Type, c.Unit, c.Meaning));
        }
    }

    private static CodebookRow MetricRow(string file, MetricDescriptor metric)
    {
        var (type, meaning) = metric.Kind switch
        {
            MetricKind.Categorical => ("categorical", metric.Description + " States: " + string.Join(", ", metric.States) + "."),
            MetricKind.Month => ("month", metric.Description + " In distributions.csv binned by month, with never for did not happen by the horizon."),
            MetricKind.Numeric => ("numeric", metric.Description),
            _ => ("trajectory", metric.Description),
        };
        return new CodebookRow(file, metric.Name, type, metric.Unit, meaning);
    }
}
