using System.CommandLine;
using System.Runtime.CompilerServices;
using Counterfactual.Experiments.Running;
using Counterfactual.Worker.Hosting;
using Counterfactual.Worker.Jobs;
using Counterfactual.Worker.Watch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Cli;

/// <summary>
/// The command tree of <c>counterfactual</c>. Parsing and help are System.CommandLine's; each command's
/// action binds its options and hands them to a generic host (<see cref="JobHost"/>). Usage errors exit 2.
/// </summary>
public static class CounterfactualCommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = Build();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync($"Try '{CommandPath(parse)} --help'.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        // The host, not the parser, owns Ctrl+C and SIGTERM, so a cancelled run can write its partial result.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Counterfactual: Monte Carlo tests of a historical what-if. Does the 1941 Soviet-Japanese Neutrality Pact change the end result of the Second World War, or only its course?");
        root.Subcommands.Add(RunCommand());
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(SchemaCommand());
        root.Subcommands.Add(ValidateCommand());
        root.Subcommands.Add(BattlesCommand());
        root.Subcommands.Add(WatchCommand());
        root.Subcommands.Add(ResultCommands.Trace());
        root.Subcommands.Add(ResultCommands.Compare());
        root.Subcommands.Add(ResultCommands.Plot());
        root.Subcommands.Add(MergeCommandLine.Build());
        return root;
    }

    private static Command RunCommand()
    {
        var batches = new Argument<string[]>("BATCH")
        {
            Description = $"Batch files to run (default {BatchFiles.DefaultBatch}).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Output directory (default results/<batch name>); with several batches, the parent of one folder per batch.", HelpName = "DIR" };
        var replications = new Option<long?>("--replications") { Description = "Replications per scenario, overriding the batch file.", HelpName = "N" };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed, overriding the batch file.", HelpName = "S" };
        var threads = new Option<int>("--threads")
        {
            Description = "Worker threads (default: all cores). Results are byte-identical for any value.",
            HelpName = "T",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var raw = new Option<bool>("--raw") { Description = "Also write replications.csv: one row per scenario and replication, with the sampled parameters." };
        var quiet = new Option<bool>("--quiet") { Description = "Print warnings and errors only; no progress." };
        var maxRuns = MaxRunsOption();
        var force = new Option<bool>("--force") { Description = "Run a batch over the --max-runs limit, and skip the free-disk check of --raw." };

        var shard = new Option<string?>("--shard") { Description = "Run only shard K of N (0 <= K < N): replications [K*R/N, (K+1)*R/N), writing a mergeable state.bin beside the CSVs (see 'merge').", HelpName = "K/N" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run from the state.bin checkpoint in --out (same batch, seed and shard) to the same final bytes." };
        var checkpoint = new Option<double>("--checkpoint")
        {
            Description = "Seconds between checkpoints of state.bin (default 5).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 5,
        };
        var format = new Option<string>("--format") { Description = "Output format of the result set; csv is the only one.", HelpName = "FORMAT", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var command = new Command("run", "Run batch files and write tidy CSV results.") { batches, output, replications, seed, threads, raw, quiet, maxRuns, force, shard, resume, checkpoint, format };
        command.SetAction(async (parse, _) =>
        {
            var isQuiet = parse.GetValue(quiet);
            var paths = parse.GetValue(batches) ?? [];

            // While the host starts, the batch files are read and parsed (RunJob waits for them) and the model's code
            // warms up on the other core (RunJob stops it before the run). The native executable has no JIT, so
            // nothing to warm up: it skips it (about 0.05 s of CPU).
            var prefetched = BatchFiles.Prefetch(paths.Length == 0 ? [BatchFiles.DefaultBatch] : paths);
            var warmUp = RuntimeFeature.IsDynamicCodeCompiled ? ModelWarmUp.Start() : null;
            return await JobHost.RunAsync<RunJob>(isQuiet, services =>
            {
                services.AddOptions<RunJobOptions>().Configure(o =>
                {
                    o.Batches = paths;
                    o.Prefetched = prefetched;
                    o.WarmUp = warmUp;
                    o.Out = parse.GetValue(output);
                    o.Replications = parse.GetValue(replications);
                    o.Seed = parse.GetValue(seed);
                    o.Threads = parse.GetValue(threads);
                    o.Raw = parse.GetValue(raw);
                    o.Quiet = isQuiet;
                    o.MaxRuns = parse.GetValue(maxRuns);
                    o.MaxRunsVariable = Environment.GetEnvironmentVariable(ResourceGuard.MaxRunsVariable);
                    o.Force = parse.GetValue(force);
                    o.Shard = parse.GetValue(shard);
                    o.Resume = parse.GetValue(resume);
                    o.CheckpointSeconds = parse.GetValue(checkpoint);
                }).ValidateOnStart();
                services.AddSingleton<IValidateOptions<RunJobOptions>, RunJobOptionsValidator>();
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command CheckCommand()
    {
        var batches = new Argument<string[]>("BATCH") { Description = "Batch files to validate.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Validate batch files without running them; every error with its JSON path and line.") { batches };
        command.SetAction(async (parse, _) => await JobHost.RunAsync<CheckJob>(false, services =>
            services.AddOptions<CheckJobOptions>().Configure(o => o.Batches = parse.GetValue(batches) ?? [])).ConfigureAwait(false));
        return command;
    }

    private static Command SchemaCommand()
    {
        var command = new Command("schema", "Print the JSON Schema of batch files (for editor completion).");
        command.SetAction(async (_, _) => await JobHost.RunAsync<SchemaJob>(true, _ => { }).ConfigureAwait(false));
        return command;
    }

    private static Command ValidateCommand()
    {
        var batch = new Option<string>("--batch") { Description = "The baseline batch (pact on, historical levers).", HelpName = "FILE", DefaultValueFactory = _ => "scenarios/history/baseline.json" };
        var events = new Option<string>("--events") { Description = "Calibration targets (target, metric, statistic, argument, history, low, high, source).", HelpName = "FILE", DefaultValueFactory = _ => "scenarios/history/events.csv" };
        var output = new Option<string>("--out") { Description = "Directory for the baseline's results and scorecard.csv.", HelpName = "DIR", DefaultValueFactory = _ => "results/validation" };
        var replications = new Option<long?>("--replications") { Description = "Replications of the baseline (default: the batch's, 20,000).", HelpName = "N" };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed, overriding the batch file.", HelpName = "S" };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", HelpName = "T", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("validate", "Run the historical baseline and score it against the calibration targets; exit 0 only when every target passes.") { batch, events, output, replications, seed, threads };
        command.SetAction(async (parse, _) => await JobHost.RunAsync<ValidateJob>(false, services =>
            services.AddOptions<ValidateJobOptions>().Configure(o =>
            {
                o.Batch = parse.GetValue(batch)!;
                o.Events = parse.GetValue(events)!;
                o.Out = parse.GetValue(output)!;
                o.Replications = parse.GetValue(replications);
                o.Seed = parse.GetValue(seed);
                o.Threads = parse.GetValue(threads);
            })).ConfigureAwait(false));
        return command;
    }

    private static Command BattlesCommand()
    {
        var input = new Option<string>("--input") { Description = "Battle table in the format of CDB90's CDB90-orig.csv (ISQNO, WAR, INTSTA/STRA, INTSTD/STRD, POST1, ...).", HelpName = "FILE", Required = true };
        var output = new Option<string>("--out") { Description = "CSV to write: one row per battle with win probabilities and casualty rates.", HelpName = "FILE", Required = true };
        var durations = new Option<string?>("--durations") { Description = "battle_durations.csv (CDB90 data package); default: one beside the input, else the table's own dates.", HelpName = "FILE" };
        var replications = new Option<int>("--replications") { Description = "Replications per battle.", HelpName = "N", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", HelpName = "S", DefaultValueFactory = _ => 1 };
        var command = new Command("battles", "Fight every battle of a CDB90-format table with the model's combat law.") { input, output, durations, replications, seed };
        command.SetAction(async (parse, _) => await JobHost.RunAsync<BattlesJob>(false, services =>
            services.AddOptions<BattlesJobOptions>().Configure(o =>
            {
                o.Input = parse.GetValue(input)!;
                o.Out = parse.GetValue(output)!;
                o.Durations = parse.GetValue(durations);
                o.Replications = parse.GetValue(replications);
                o.Seed = parse.GetValue(seed);
            })).ConfigureAwait(false));
        return command;
    }

    private static Option<long?> MaxRunsOption() => new("--max-runs")
    {
        Description = $"Refuse a batch of more than N scenario-replications (scenarios x replications) unless --force (default: ${ResourceGuard.MaxRunsVariable}, else {ResourceGuard.DefaultMaxRuns:N0}).",
        HelpName = "N",
    };

    private static Command WatchCommand()
    {
        var inbox = new Option<string>("--inbox")
        {
            Description = "Folder to watch for batch files (*.json; dotfiles and temporary names are ignored). Files move to processing/, then done/ or failed/ (with NAME.error.txt) inside it.",
            HelpName = "DIR",
            DefaultValueFactory = _ => WatchOptions.DefaultInbox,
        };
        var results = new Option<string>("--results")
        {
            Description = "Parent of the result folders: each batch is written to DIR/<batch name>.",
            HelpName = "DIR",
            DefaultValueFactory = _ => WatchOptions.DefaultResults,
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Worker threads per run (default: all cores).",
            HelpName = "T",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var rescan = new Option<double>("--rescan")
        {
            Description = "Seconds between rescans of the inbox, a safety net for missed file-system events.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 5,
        };
        var maxRuns = MaxRunsOption();
        var command = new Command(
            "watch",
            "Run every batch file dropped into an inbox folder, oldest first, until stopped (Ctrl+C or SIGTERM). A file interrupted by a stop stays in processing/ and runs again on the next start.")
        {
            inbox, results, threads, rescan, maxRuns,
        };
        command.SetAction(async (parse, _) => await JobHost.RunServiceAsync<WatchService>(false, services =>
        {
            services.AddSystemd();
            services.AddOptions<WatchOptions>().Configure(o =>
            {
                o.Inbox = parse.GetValue(inbox) ?? WatchOptions.DefaultInbox;
                o.Results = parse.GetValue(results) ?? WatchOptions.DefaultResults;
                o.Threads = parse.GetValue(threads);
                var seconds = parse.GetValue(rescan);
                o.RescanInterval = double.IsFinite(seconds) && seconds > 0 && seconds < 86_400 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
                o.MaxRuns = parse.GetValue(maxRuns);
                o.MaxRunsVariable = Environment.GetEnvironmentVariable(ResourceGuard.MaxRunsVariable);
            }).ValidateOnStart();
            services.AddSingleton<IValidateOptions<WatchOptions>, WatchOptionsValidator>();
        }).ConfigureAwait(false));
        return command;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "counterfactual" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
