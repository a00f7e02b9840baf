using System.CommandLine;
using Counterfactual.Worker.Hosting;
using Counterfactual.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Counterfactual.Worker.Cli;

/// <summary>The commands that look at results: <c>plot</c>, <c>trace</c> and <c>compare</c> (registered by <see cref="CounterfactualCommandLine"/>).</summary>
internal static class ResultCommands
{
    public static Command Plot()
    {
        var directory = new Argument<string>("DIR") { Description = "A result directory (results/<batch>), as written by 'counterfactual run'." };
        var command = new Command("plot", "Draw the charts of a result set as PNG and SVG into DIR/plots/: end results, month distributions, fan charts, claims.") { directory };
        command.SetAction(async (parse, _) => await JobHost.RunAsync<PlotJob>(false, services =>
            services.AddOptions<PlotJobOptions>().Configure(o => o.Directory = parse.GetValue(directory)!)).ConfigureAwait(false));
        return command;
    }

    public static Command Trace()
    {
        var batch = new Argument<string>("BATCH") { Description = "The batch file the world belongs to." };
        var scenario = new Option<string>("--scenario") { Description = "Scenario id (s01, s02, ... as in scenarios.csv).", HelpName = "ID", Required = true };
        var replication = new Option<long>("--replication") { Description = "Replication index, 0-based as in replications.csv.", HelpName = "R", Required = true };
        var output = new Option<string?>("--out")
        {
            Description = "Events CSV (month,theatre,kind,text); the outcomes (column,value) go beside it as FILE-outcomes.csv. Default results/<batch>/traces/<ID>-r<R>.csv.",
            HelpName = "FILE.csv",
        };
        var seed = new Option<ulong?>("--seed") { Description = "The --seed the batch was run with, if it was overridden.", HelpName = "S" };
        var replications = new Option<long?>("--replications") { Description = "The --replications the batch was run with, if overridden (LHS designs depend on it).", HelpName = "N" };
        var command = new Command(
            "trace",
            "The month-by-month story of one world: re-runs replication R of scenario ID exactly as the batch run did (same seed, streams and sampled parameters); prints it and writes it as CSV. Its outcomes equal that replication's row of replications.csv (run --raw).")
        {
            batch, scenario, replication, output, seed, replications,
        };
        command.SetAction(async (parse, _) => await JobHost.RunAsync<TraceJob>(false, services =>
            services.AddOptions<TraceJobOptions>().Configure(o =>
            {
                o.Batch = parse.GetValue(batch)!;
                o.Scenario = parse.GetValue(scenario)!;
                o.Replication = parse.GetValue(replication);
                o.Out = parse.GetValue(output);
                o.Seed = parse.GetValue(seed);
                o.Replications = parse.GetValue(replications);
            })).ConfigureAwait(false));
        return command;
    }

    public static Command Compare()
    {
        var a = new Argument<string>("A") { Description = "The reference result directory; differences are B - A." };
        var b = new Argument<string>("B") { Description = "The result directory compared with A (same scenario grid)." };
        var output = new Option<string?>("--out") { Description = "Directory for compare.csv (default B/compare-vs-<name of A>).", HelpName = "DIR" };
        var alpha = new Option<double>("--alpha")
        {
            Description = "False discovery rate of the 'differs' verdicts, controlled by Benjamini-Hochberg over every tested row.",
            HelpName = "ALPHA",
            DefaultValueFactory = _ => 0.05,
        };
        var command = new Command(
            "compare",
            "Compare two result sets metric by metric: states by a two-proportion z test, month distributions by Kolmogorov-Smirnov, numeric means by Welch's t; verdict 'differs' or 'same within noise' per row in compare.csv, and whether any claim's verdict flipped.")
        {
            a, b, output, alpha,
        };
        command.SetAction(async (parse, _) => await JobHost.RunAsync<CompareJob>(false, services =>
            services.AddOptions<CompareJobOptions>().Configure(o =>
            {
                o.A = parse.GetValue(a)!;
                o.B = parse.GetValue(b)!;
                o.Out = parse.GetValue(output);
                o.Alpha = parse.GetValue(alpha);
            })).ConfigureAwait(false));
        return command;
    }
}
