using System.CommandLine;
using Counterfactual.Worker.Hosting;
using Counterfactual.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Counterfactual.Worker.Cli;

/// <summary>The <c>merge</c> command: <c>counterfactual merge DIR... --out DIR</c>.</summary>
internal static class MergeCommandLine
{
    public static Command Build()
    {
        var shards = new Argument<string[]>("DIR")
        {
            Description = "Shard directories written by 'run --shard K/N', in any order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Directory for the merged result set.", HelpName = "DIR", Required = true };
        var command = new Command(
            "merge",
            "Merge shard results into the result set of the whole run (byte-identical to an unsharded run). Refuses shards of different batches, seeds, model versions or replication counts, and missing, duplicated or incomplete shards.")
        {
            shards,
            output,
        };
        command.SetAction(async (parse, _) => await JobHost.RunAsync<MergeJob>(false, services =>
            services.AddOptions<MergeJobOptions>().Configure(o =>
            {
                o.Shards = parse.GetValue(shards) ?? [];
                o.Out = parse.GetValue(output)!;
            })).ConfigureAwait(false));
        return command;
    }
}
