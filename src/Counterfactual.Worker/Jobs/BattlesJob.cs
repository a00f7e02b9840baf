using Counterfactual.Experiments.Battles;
using Counterfactual.Model.Combat;
using Counterfactual.Results.Battles;
using Counterfactual.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// <c>counterfactual battles</c>: fights every battle of a CDB90-format table with the model's combat
/// law (the same law the theatres use) and writes win probabilities and casualty rates per battle.
/// </summary>
internal sealed class BattlesJob(IOptions<BattlesJobOptions> options, ILogger<BattlesJob> logger) : ICommandJob
{
    /// <summary>Most replications per battle the command accepts.</summary>
    public const int MaxReplications = 1_000_000;

    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Replications is < 1 or > MaxReplications)
        {
            throw new UserInputException($"--replications must be between 1 and {MaxReplications:N0} (got {o.Replications})");
        }

        RequireFile(o.Input, "--input");
        if (o.Durations is not null)
        {
            RequireFile(o.Durations, "--durations");
        }

        var outDirectory = Path.GetDirectoryName(Path.GetFullPath(o.Out));
        if (outDirectory is null || !Directory.Exists(outDirectory))
        {
            throw new UserInputException($"{o.Out}: the output directory does not exist");
        }

        BattleFileContents contents;
        try
        {
            contents = BattleFile.Read(o.Input, o.Durations);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException || e.GetType().Namespace == "CsvHelper")
        {
            throw new UserInputException($"{o.Input}: not a readable CDB90-format battle table ({e.Message})", e);
        }

        if (contents.Battles.Count == 0)
        {
            throw new UserInputException($"{o.Input}: no battle with strengths for both sides ({contents.Skipped} rows skipped)");
        }

        logger.LogInformation("{Input}: {Count} battles, {Skipped} rows skipped (no strengths). {Note}", o.Input, contents.Battles.Count, contents.Skipped, contents.DurationNote);
        cancellationToken.ThrowIfCancellationRequested();
        var results = BattleSimulator.Run(contents.Battles, CombatLawParameters.Default, o.Replications, o.Seed);
        BattleResultsWriter.Write(o.Out, results);
        logger.LogInformation("{Count} battles x {Replications} replications -> {Out}", results.Count, o.Replications, o.Out);
        return Task.FromResult(ExitCodes.Success);
    }

    private static void RequireFile(string path, string option)
    {
        if (Directory.Exists(path))
        {
            throw new UserInputException($"{path}: is a directory; {option} needs a file");
        }

        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: file not found ({option})");
        }
    }
}
