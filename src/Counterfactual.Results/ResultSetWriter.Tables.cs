using Counterfactual.Experiments.Output;

namespace Counterfactual.Results;

// The body of each CSV: header from ResultColumns, then one record per row, fields in header order.
public static partial class ResultSetWriter
{
    private static void WriteScenarios(CsvRowWriter csv, ResultSet results)
    {
        csv.Header(ResultColumns.Names(Codebook.ScenarioColumns(results.LeverNames)));
        foreach (var row in results.Scenarios)
        {
            csv.Text(row.ScenarioId);
            foreach (var lever in row.Levers)
            {
                csv.Text(lever.Value);
            }

            csv.Integer(row.Replications);
            csv.EndRecord();
        }
    }

    private static void WriteEndStates(CsvRowWriter csv, IReadOnlyList<EndStateRow> rows)
    {
        csv.Header(ResultColumns.Names(ResultColumns.EndStates));
        foreach (var row in rows)
        {
            csv.Text(row.ScenarioId);
            csv.Text(row.Metric);
            csv.Text(row.State);
            csv.Integer(row.Count);
            csv.Number(row.Probability);
            csv.Number(row.CiLow);
            csv.Number(row.CiHigh);
            csv.EndRecord();
        }
    }

    private static void WriteSummary(CsvRowWriter csv, IReadOnlyList<SummaryRow> rows)
    {
        csv.Header(ResultColumns.Names(ResultColumns.Summary));
        foreach (var row in rows)
        {
            csv.Text(row.ScenarioId);
            csv.Text(row.Metric);
            csv.Integer(row.N);
            csv.Number(row.Mean);
            csv.Number(row.Sd);
            csv.Number(row.P05);
            csv.Number(row.P25);
            csv.Number(row.P50);
            csv.Number(row.P75);
            csv.Number(row.P95);
            csv.EndRecord();
        }
    }

    private static void WriteDistributions(CsvRowWriter csv, IReadOnlyList<DistributionRow> rows)
    {
        csv.Header(ResultColumns.Names(ResultColumns.Distributions));
        foreach (var row in rows)
        {
            csv.Text(row.ScenarioId);
            csv.Text(row.Metric);
            csv.Text(row.Bin);
            csv.Integer(row.Count);
            csv.Number(row.Probability);
            csv.EndRecord();
        }
    }

    private static void WriteTrajectories(CsvRowWriter csv, IReadOnlyList<TrajectoryRow> rows)
    {
        csv.Header(ResultColumns.Names(ResultColumns.Trajectories));
        foreach (var row in rows)
        {
            csv.Text(row.ScenarioId);
            csv.Text(row.Month);
            csv.Text(row.Variable);
            csv.Number(row.Mean);
            csv.Number(row.P10);
            csv.Number(row.P50);
            csv.Number(row.P90);
            csv.EndRecord();
        }
    }

    private static void WriteClaims(CsvRowWriter csv, IReadOnlyList<ClaimRow> rows)
    {
        csv.Header(ResultColumns.Names(ResultColumns.ClaimsWithConditioning));
        foreach (var row in rows)
        {
            csv.Text(row.ClaimId);
            csv.Text(row.Statement);
            csv.Text(row.Metric);
            csv.Text(row.ScenarioA);
            csv.Text(row.ScenarioB);
            csv.Number(row.EstimateA);
            csv.Number(row.EstimateB);
            csv.Number(row.Difference);
            csv.Number(row.CiLow);
            csv.Number(row.CiHigh);
            csv.Number(row.Margin);
            csv.Text(row.Test);
            csv.Number(row.PValue);
            csv.Text(row.Verdict);
            csv.Integer(row.ReplicationsNeeded);
            csv.Text(row.Conditioning);
            csv.EndRecord();
        }
    }

    private static void WriteCodebook(CsvRowWriter csv, IReadOnlyList<CodebookRow> rows)
    {
        csv.Header(ResultColumns.Names(ResultColumns.Codebook));
        foreach (var row in rows)
        {
            csv.Text(row.File);
            csv.Text(row.Column);
            csv.Text(row.Type);
            csv.Text(row.Unit);
            csv.Text(row.Meaning);
            csv.EndRecord();
        }
    }
}
