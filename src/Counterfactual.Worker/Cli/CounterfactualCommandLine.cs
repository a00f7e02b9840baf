using System.CommandLine;
using Counterfactual.Worker.Hosting;
using Counterfactual.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
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

        var shard = new Option<string?>("--shard") { Description = "Run only shard K of N (0 <= K < N): replications [K*R/N, (K+1)*R/N), writing a mergeable state.bin beside the CSVs (see 'merge').", HelpName = "K/N" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run from the state.bin checkpoint in --out (same batch, seed and shard) to the same final bytes." };
        var checkpoint = new Option<double>("--checkpoint")
        {
            Description = "Seconds between checkpoints of state.bin (default 5).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("run", "Run batch files and write tidy CSV results.") { batches, output, replications, seed, threads, raw, quiet, shard, resume, checkpoint };
        command.SetAction(async (parse, _) =>
        {
            var isQuiet = parse.GetValue(quiet);
            return await JobHost.RunAsync<RunJob>(isQuiet, services =>
            {
                services.AddOptions<RunJobOptions>().Configure(o =>
                {
                    o.Batches = parse.GetValue(batches) ?? [];
                    o.Out = parse.GetValue(output);
                    o.Replications = parse.GetValue(replications);
                    o.Seed = parse.GetValue(seed);
                    o.Threads = parse.GetValue(threads);
                    o.Raw = parse.GetValue(raw);
                    o.Quiet = isQuiet;
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
