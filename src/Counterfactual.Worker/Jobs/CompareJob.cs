using System.Globalization;
using Counterfactual.Results;
using Counterfactual.Results.Compare;
using Counterfactual.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// <c>counterfactual compare A B</c>: compares two result sets metric by metric (see <see cref="ResultComparer"/>),
/// writes compare.csv, prints a summary and says whether any claim's verdict flipped.
/// </summary>
internal sealed class CompareJob(IOptions<CompareJobOptions> options, ILogger<CompareJob> logger) : ICommandJob
{
    /// <summary>How many of the largest differences the summary lists.</summary>
    private const int Largest = 5;

    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!(o.Alpha is > 0 and < 1))
        {
            throw new UserInputException($"--alpha must be between 0 and 1, exclusive (got {o.Alpha.ToString(CultureInfo.InvariantCulture)})");
        }

        var a = ResultDirectories.Read(o.A);
        var b = ResultDirectories.Read(o.B);
        Comparison comparison;
        try
        {
            comparison = ResultComparer.Compare(a, b, o.Alpha);
        }
        catch (IncomparableResultsException e)
        {
            throw new UserInputException($"cannot compare {o.A} and {o.B}: {e.Message}", e);
        }

        var output = o.Out ?? DefaultOutput(o.A, o.B);
        var path = CompareFile.Write(comparison, output);
        Report(comparison, a.Manifest.ReplicationsCompleted, b.Manifest.ReplicationsCompleted);
        logger.LogInformation("wrote {Path}", path);
        return Task.FromResult(ExitCodes.Success);
    }

    /// <summary>B/compare-vs-NAME, NAME the last path segment of A.</summary>
    internal static string DefaultOutput(string a, string b)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)));
        return Path.Combine(b, "compare-vs-" + (string.IsNullOrEmpty(name) ? "a" : name));
    }

    private void Report(Comparison comparison, long replicationsA, long replicationsB)
    {
        logger.LogInformation(
            "compared {Rows} rows over {Scenarios} scenarios ({ReplicationsA} vs {ReplicationsB} replications; {Tested} tested): {Differing} differ at false discovery rate {Alpha} (Benjamini-Hochberg)",
            comparison.Rows.Count,
            comparison.Scenarios,
            replicationsA,
            replicationsB,
            comparison.Tested,
            comparison.Differing,
            comparison.Alpha.ToString(CultureInfo.InvariantCulture));

        var differing = comparison.Rows.Where(r => r.Verdict == Verdicts.Differs)
            .OrderBy(r => r.PAdjusted).ThenByDescending(r => Math.Abs(r.Statistic)).Take(Largest).ToList();
        if (differing.Count > 0)
        {
            logger.LogInformation("largest differences (B - A):");
            foreach (var row in differing)
            {
                logger.LogInformation("  {Row}", Describe(row));
            }
        }
        else
        {
            var closest = comparison.Rows.Where(r => r.Verdict == Verdicts.Same && r.PValue < 1).OrderBy(r => r.PValue).Take(3).ToList();
            if (closest.Count > 0)
            {
                logger.LogInformation("no difference exceeds Monte Carlo noise; the smallest p-values:");
                foreach (var row in closest)
                {
                    logger.LogInformation("  {Row}", Describe(row));
                }
            }
        }

        var flipped = comparison.Claims.Where(c => c.Flipped).ToList();
        var claimsLine = comparison.Claims.Count == 0
            ? "claims: none in common, nothing to flip"
            : flipped.Count == 0
                ? $"claims: no verdict flipped ({comparison.Claims.Count} compared)"
                : $"claims: {flipped.Count} of {comparison.Claims.Count} verdicts flipped: " + string.Join("; ", flipped.Select(c => $"{c.ClaimId} {c.VerdictA} -> {c.VerdictB}"));
        if (comparison.UnmatchedClaims.Count > 0)
        {
            claimsLine += $" (in only one set: {string.Join(", ", comparison.UnmatchedClaims)})";
        }

        logger.LogInformation("{Claims}", claimsLine);
    }

    private static string Describe(CompareRow row) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{row.ScenarioId} {row.Metric} {row.StateOrStat}: {CsvNumber.Format(row.ValueA)} -> {CsvNumber.Format(row.ValueB)} ({row.Test} {CsvNumber.Format(row.Statistic)}, p {CsvNumber.Format(row.PValue)}, adjusted {CsvNumber.Format(row.PAdjusted)})");
}
