using System.Globalization;
using Counterfactual.Experiments.Running;
using Counterfactual.Experiments.Validation;
using Counterfactual.Results;
using Counterfactual.Results.Validation;
using Counterfactual.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// <c>counterfactual validate</c>: runs the historical baseline, scores it against the calibration
/// targets of events.csv, writes the result set and scorecard.csv, prints the scorecard, and exits 0
/// only when every target passes (1 otherwise).
/// </summary>
internal sealed class ValidateJob(IOptions<ValidateJobOptions> options, ILogger<ValidateJob> logger, TimeProvider clock) : ICommandJob
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Replications is { } r && r is < 1 or > RunJobOptionsValidator.MaxReplications)
        {
            throw new UserInputException($"--replications must be between 1 and {RunJobOptionsValidator.MaxReplications:N0} (got {r})");
        }

        if (o.Threads is < 1 or > RunJobOptionsValidator.MaxThreads)
        {
            throw new UserInputException($"--threads must be between 1 and {RunJobOptionsValidator.MaxThreads} (got {o.Threads})");
        }

        var targets = ReadTargets(o.Events);
        var loaded = BatchFiles.Load(o.Batch);
        if (!loaded.Result.IsValid)
        {
            foreach (var error in loaded.Result.Errors)
            {
                logger.LogError("{Error}", error.ToString());
            }

            return Task.FromResult(ExitCodes.BadInput);
        }

        var batch = loaded.Result.Batch!.WithOverrides(o.Replications, o.Seed);
        if (batch.Scenarios.Count != 1)
        {
            throw new UserInputException($"{o.Batch}: a baseline batch has exactly one scenario (it has {batch.Scenarios.Count})");
        }

        logger.LogInformation("Validating the baseline: {Replications} replications of {Batch} against {Count} targets", batch.Replications.ToString("N0", CultureInfo.InvariantCulture), o.Batch, targets.Count);
        Directory.CreateDirectory(o.Out);
        var manifest = new ManifestInfo(VersionInfo.Tool, o.Batch, loaded.Sha256, GitInfo.TryReadCommit(), null);
        var outcome = BatchRunner.Run(batch, new RunOptions(o.Threads, manifest, clock), cancellationToken);
        ResultSetWriter.Write(outcome.Results, o.Out, includesRaw: false);
        if (!outcome.Complete)
        {
            logger.LogWarning("Cancelled; partial baseline results in {Out}, no scorecard.", o.Out);
            return Task.FromResult(ExitCodes.Cancelled);
        }

        var rows = Scorecard.Evaluate(outcome.Results, batch.Scenarios[0].Id, targets);
        var path = ScorecardWriter.Write(o.Out, rows);
        foreach (var line in ScorecardTable.Render(rows))
        {
            logger.LogInformation("{Line}", line);
        }

        var failed = rows.Count(x => !x.Pass);
        logger.LogInformation("{Passed} of {Total} targets pass -> {Path}", rows.Count - failed, rows.Count, path);
        return Task.FromResult(failed == 0 ? ExitCodes.Success : ExitCodes.Failure);
    }

    private static IReadOnlyList<CalibrationTarget> ReadTargets(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: calibration targets not found");
        }

        try
        {
            return EventsFile.Read(path);
        }
        catch (InvalidDataException e)
        {
            throw new UserInputException(e.Message, e);
        }
    }
}
