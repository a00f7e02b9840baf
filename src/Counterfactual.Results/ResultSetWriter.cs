using Counterfactual.Experiments.Output;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Results;

/// <summary>
/// Writes a <see cref="ResultSet"/> as the files of ARCHITECTURE.md (Results): tidy CSV, UTF-8 without BOM,
/// "\n" line ends, a header row, fixed column order, rows in the order of the result set's lists, numbers
/// in the one format of <see cref="CsvNumber"/>, invariant whatever the current culture.
/// </summary>
public static partial class ResultSetWriter
{
    /// <summary>
    /// Writes every file of the result set into <paramref name="outputDirectory"/> (created if missing). Each
    /// file goes to a temporary name in the same directory and is renamed over its final name, so a reader
    /// never sees a half-written file; manifest.json is written last, listing the files.
    /// </summary>
    /// <param name="results">The result set; its lists are written in their order.</param>
    /// <param name="outputDirectory">The result directory.</param>
    /// <param name="includesRaw">Whether replications.csv belongs to this result set (streamed separately by
    /// <see cref="CsvRawSink"/>); it adds the file to the manifest and its columns to the codebook.</param>
    /// <param name="parameters">The model parameters of the param_ columns; <see cref="ParameterTable.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A scenario's levers do not match <see cref="ResultSet.LeverNames"/>.</exception>
    public static void Write(ResultSet results, string outputDirectory, bool includesRaw, IReadOnlyList<ParameterDefinition>? parameters = null) =>
        Write(results, outputDirectory, includesRaw, completing: null, parameters);

    /// <summary>
    /// <see cref="Write(ResultSet, string, bool, IReadOnlyList{ParameterDefinition}?)"/> for a result set whose
    /// analyses (sensitivity, discovery) may still be running: the aggregate tables are written from
    /// <paramref name="results"/> first, then <paramref name="completing"/> gives the result set with its analyses
    /// (waiting for them), from which the analysis files, the codebook and the manifest are written. The files are
    /// those of writing the completed result set at once.
    /// </summary>
    /// <param name="results">The result set; its lists are written in their order.</param>
    /// <param name="outputDirectory">The result directory.</param>
    /// <param name="includesRaw">Whether replications.csv belongs to this result set.</param>
    /// <param name="completing">The result set with its analyses, from <paramref name="results"/>; null when it is complete.</param>
    /// <param name="parameters">The model parameters of the param_ columns; <see cref="ParameterTable.Default"/> when null.</param>
    public static void Write(ResultSet results, string outputDirectory, bool includesRaw, Func<ResultSet, ResultSet>? completing, IReadOnlyList<ParameterDefinition>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        CheckLevers(results);
        Directory.CreateDirectory(outputDirectory);

        WriteCsv(outputDirectory, ResultFiles.Scenarios, csv => WriteScenarios(csv, results));
        WriteCsv(outputDirectory, ResultFiles.EndStates, csv => WriteEndStates(csv, results.EndStates));
        WriteCsv(outputDirectory, ResultFiles.Summary, csv => WriteSummary(csv, results.Summary));
        WriteCsv(outputDirectory, ResultFiles.Distributions, csv => WriteDistributions(csv, results.Distributions));
        WriteCsv(outputDirectory, ResultFiles.Trajectories, csv => WriteTrajectories(csv, results.Trajectories));
        WriteCsv(outputDirectory, ResultFiles.Claims, csv => WriteClaims(csv, results.Claims));
        results = completing?.Invoke(results) ?? results;
        WriteAnalysis(results, outputDirectory);
        var analysisFiles = AnalysisFiles(results);
        var codebook = Codebook.Build(results.LeverNames, includesRaw, parameters, analysisFiles);
        WriteCsv(outputDirectory, ResultFiles.Codebook, csv => WriteCodebook(csv, codebook));

        List<string> files = [.. ResultFiles.AggregateCsvs, .. analysisFiles];
        if (includesRaw)
        {
            files.Add(ResultFiles.Replications);
        }

        var manifest = ManifestJson.Serialize(results.Manifest, files);
        AtomicFile.Write(Path.Combine(outputDirectory, ResultFiles.Manifest), stream => stream.Write(manifest));
    }

    /// <summary>Writes one CSV file atomically.</summary>
    internal static void WriteCsv(string directory, string fileName, Action<CsvRowWriter> writeRows) =>
        AtomicFile.Write(Path.Combine(directory, fileName), stream =>
        {
            using var csv = new CsvRowWriter(stream);
            writeRows(csv);
        });

    private static void CheckLevers(ResultSet results)
    {
        foreach (var scenario in results.Scenarios)
        {
            var levers = scenario.Levers;
            var matches = levers.Count == results.LeverNames.Count;
            for (var i = 0; matches && i < levers.Count; i++)
            {
                matches = string.Equals(levers[i].Name, results.LeverNames[i], StringComparison.Ordinal);
            }

            if (!matches)
            {
                throw new ArgumentException(
                    $"Scenario {scenario.ScenarioId} has levers [{string.Join(", ", levers.Select(l => l.Name))}], expected [{string.Join(", ", results.LeverNames)}].",
                    nameof(results));
            }
        }
    }
}
