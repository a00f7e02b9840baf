using Counterfactual.Experiments.Output;

namespace Counterfactual.Results;

/// <summary>
/// Reads a result set written by <see cref="ResultSetWriter"/> back into a <see cref="ResultSet"/> (for merge,
/// compare and tests). Writing what it reads gives the same bytes: numbers are parsed to the doubles whose
/// six-digit text they were, and the row order is kept.
/// </summary>
public static class ResultSetReader
{
    /// <summary>Reads manifest.json and the aggregate CSVs of <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">A file is malformed or has an unexpected header.</exception>
    /// <exception cref="FileNotFoundException">A file of the result set is missing.</exception>
    public static ResultSet Read(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var (manifest, _) = ReadManifest(directory);
        var (leverNames, scenarios) = ReadScenarios(directory);
        return new ResultSet(
            manifest,
            leverNames,
            scenarios,
            ReadEndStates(directory),
            ReadSummary(directory),
            ReadDistributions(directory),
            ReadTrajectories(directory),
            ReadClaims(directory));
    }

    /// <summary>Reads manifest.json: the manifest and the list of files it names.</summary>
    public static (RunManifest Manifest, IReadOnlyList<string> Files) ReadManifest(string directory) =>
        ManifestJson.Deserialize(File.ReadAllBytes(Path.Combine(directory, ResultFiles.Manifest)));

    /// <summary>Reads codebook.csv.</summary>
    public static IReadOnlyList<CodebookRow> ReadCodebook(string directory) =>
        ReadAll(directory, ResultFiles.Codebook, ResultColumns.Codebook, r => new CodebookRow(r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)));

    private static (IReadOnlyList<string> LeverNames, IReadOnlyList<ScenarioRow> Rows) ReadScenarios(string directory)
    {
        using var csv = CsvTableReader.Open(directory, ResultFiles.Scenarios, expectedHeader: null);
        var header = csv.Header;
        if (header.Count < 2
            || header[0] != ResultColumns.ScenarioId.Name
            || header[^1] != ResultColumns.ScenarioReplications.Name)
        {
            throw new InvalidDataException($"{ResultFiles.Scenarios}: header must be scenario_id, the levers, replications; found [{string.Join(",", header)}].");
        }

        var leverNames = header.Skip(1).Take(header.Count - 2).ToArray();
        var rows = new List<ScenarioRow>();
        while (csv.Read())
        {
            var levers = new LeverValue[leverNames.Length];
            for (var i = 0; i < levers.Length; i++)
            {
                levers[i] = new LeverValue(leverNames[i], csv.Text(i + 1));
            }

            rows.Add(new ScenarioRow(csv.Text(0), levers, csv.Integer(header.Count - 1)));
        }

        return (leverNames, rows);
    }

    private static List<EndStateRow> ReadEndStates(string directory) =>
        ReadAll(directory, ResultFiles.EndStates, ResultColumns.EndStates, r =>
            new EndStateRow(r.Text(0), r.Text(1), r.Text(2), r.Integer(3), r.Number(4), r.Number(5), r.Number(6)));

    private static List<SummaryRow> ReadSummary(string directory) =>
        ReadAll(directory, ResultFiles.Summary, ResultColumns.Summary, r =>
            new SummaryRow(r.Text(0), r.Text(1), r.Integer(2), r.Number(3), r.Number(4), r.Number(5), r.Number(6), r.Number(7), r.Number(8), r.Number(9)));

    private static List<DistributionRow> ReadDistributions(string directory) =>
        ReadAll(directory, ResultFiles.Distributions, ResultColumns.Distributions, r =>
            new DistributionRow(r.Text(0), r.Text(1), r.Text(2), r.Integer(3), r.Number(4)));

    private static List<TrajectoryRow> ReadTrajectories(string directory) =>
        ReadAll(directory, ResultFiles.Trajectories, ResultColumns.Trajectories, r =>
            new TrajectoryRow(r.Text(0), r.Text(1), r.Text(2), r.Number(3), r.Number(4), r.Number(5), r.Number(6)));

    private static List<ClaimRow> ReadClaims(string directory) =>
        ReadAll(directory, ResultFiles.Claims, ResultColumns.ClaimsWithConditioning, r => new ClaimRow(
            ClaimId: r.Text(0),
            Statement: r.Text(1),
            Metric: r.Text(2),
            ScenarioA: r.Text(3),
            ScenarioB: r.Text(4),
            EstimateA: r.Number(5),
            EstimateB: r.Number(6),
            Difference: r.Number(7),
            CiLow: r.Number(8),
            CiHigh: r.Number(9),
            Margin: r.Number(10),
            Test: r.Text(11),
            PValue: r.Number(12),
            Verdict: r.Text(13),
            ReplicationsNeeded: r.Integer(14),
            Conditioning: r.Text(15)));

    private static List<T> ReadAll<T>(string directory, string file, IReadOnlyList<ColumnSpec> columns, Func<CsvTableReader, T> map)
    {
        using var csv = CsvTableReader.Open(directory, file, ResultColumns.Names(columns));
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }
}
