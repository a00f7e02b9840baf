using Counterfactual.Experiments.Output;

namespace Counterfactual.Results;

// conditioning.csv, sensitivity.csv and discovery.csv: written only when the batch asks for the analysis.
public static partial class ResultSetWriter
{
    /// <summary>The analysis files of <paramref name="results"/>, in writing order.</summary>
    internal static List<string> AnalysisFiles(ResultSet results)
    {
        List<string> files = [];
        if (results.Conditioning is not null)
        {
            files.Add(ResultFiles.Conditioning);
        }

        if (results.Sensitivity is not null)
        {
            files.Add(ResultFiles.Sensitivity);
        }

        if (results.Discovery is not null)
        {
            files.Add(ResultFiles.Discovery);
        }

        return files;
    }

    private static void WriteAnalysis(ResultSet results, string outputDirectory)
    {
        if (results.Conditioning is { } c)
        {
            WriteCsv(outputDirectory, ResultFiles.Conditioning, csv =>
            {
                csv.Header(ResultColumns.Names(AnalysisColumns.Conditioning));
                csv.Text(c.FactualScenario);
                csv.Text(c.Evidence);
                csv.Integer(c.Worlds);
                csv.Integer(c.Accepted);
                csv.Number(c.AcceptanceRate);
                csv.Number(c.CiLow);
                csv.Number(c.CiHigh);
                csv.EndRecord();
            });
        }

        if (results.Sensitivity is { } sensitivity)
        {
            WriteCsv(outputDirectory, ResultFiles.Sensitivity, csv =>
            {
                csv.Header(ResultColumns.Names(AnalysisColumns.Sensitivity));
                foreach (var row in sensitivity)
                {
                    csv.Text(row.ClaimId);
                    csv.Text(row.Parameter);
                    csv.Number(row.FirstOrder);
                    csv.Number(row.FirstOrderCiLow);
                    csv.Number(row.FirstOrderCiHigh);
                    csv.Number(row.Total);
                    csv.Number(row.TotalCiLow);
                    csv.Number(row.TotalCiHigh);
                    csv.Integer(row.N);
                    csv.EndRecord();
                }
            });
        }

        if (results.Discovery is { } discovery)
        {
            WriteCsv(outputDirectory, ResultFiles.Discovery, csv =>
            {
                csv.Header(ResultColumns.Names(AnalysisColumns.Discovery));
                foreach (var row in discovery)
                {
                    csv.Text(row.ClaimId);
                    csv.Integer(row.Box);
                    csv.Text(row.Dimension);
                    csv.Number(row.Low);
                    csv.Number(row.High);
                    csv.Number(row.Coverage);
                    csv.Number(row.Density);
                    csv.Number(row.Support);
                    csv.Number(row.BaseRate);
                    csv.EndRecord();
                }
            });
        }
    }
}
