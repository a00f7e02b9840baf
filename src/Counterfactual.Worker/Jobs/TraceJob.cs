using System.Globalization;
using System.Text;
using Counterfactual.Experiments.Tracing;
using Calendar = Counterfactual.Model.Time.Calendar;
using Counterfactual.Results.Tracing;
using Counterfactual.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// <c>counterfactual trace BATCH --scenario ID --replication R</c>: re-runs exactly the world replication R of
/// scenario ID saw in the batch run (same seed, streams and sampled parameters), prints its month-by-month story
/// and final outcomes, and writes them as CSV.
/// </summary>
internal sealed class TraceJob(IOptions<TraceJobOptions> options, ILogger<TraceJob> logger) : ICommandJob
{
    /// <summary>The folder, inside the batch's result directory, that holds traces by default.</summary>
    public const string TracesFolder = "traces";

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var loaded = BatchFiles.Load(o.Batch);
        if (loaded.Result.Batch is not { } parsed || !loaded.Result.IsValid)
        {
            foreach (var error in loaded.Result.Errors)
            {
                logger.LogError("{Error}", error.ToString());
            }

            return ExitCodes.BadInput;
        }

        if (o.Replications is < 1 or > Experiments.Batches.Batch.MaxReplications)
        {
            throw new UserInputException($"--replications must be between 1 and {Experiments.Batches.Batch.MaxReplications:N0} (got {o.Replications})");
        }

        var batch = parsed.WithOverrides(o.Replications, o.Seed);
        var scenario = WorldTracer.FindScenario(batch, o.Scenario)
            ?? throw new UserInputException(
                $"--scenario {o.Scenario}: no such scenario in {batch.Name} (ids {batch.Scenarios[0].Id}..{batch.Scenarios[^1].Id}; see scenarios.csv)");
        if (o.Replication < 0 || o.Replication >= batch.Replications)
        {
            throw new UserInputException(
                $"--replication {o.Replication}: out of range; {batch.Name} has replications 0..{batch.Replications - 1}");
        }

        var trace = WorldTracer.Trace(batch, scenario, o.Replication);
        await Console.Out.WriteAsync(Story(trace)).ConfigureAwait(false);
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);

        var eventsPath = o.Out ?? Path.Combine("results", batch.Name, TracesFolder, TraceFiles.DefaultFileName(scenario.Id, o.Replication));
        var (events, outcomes) = TraceFiles.Write(trace, eventsPath);
        logger.LogInformation("wrote {Events} and {Outcomes}", events, outcomes);
        return ExitCodes.Success;
    }

    /// <summary>The readable text: a header, the parameters, one line per event, the outcomes.</summary>
    internal static string Story(WorldTrace trace)
    {
        var batch = trace.Batch;
        var text = new StringBuilder();
        var levers = string.Join(", ", trace.Scenario.Values.Select(v => v.Name + "=" + v.Value));
        text.Append(CultureInfo.InvariantCulture, $"{batch.Name}: scenario {trace.Scenario.Id} ({levers}), replication {trace.Replication} of 0..{batch.Replications - 1}, seed {batch.Seed}\n");
        var fields = OutcomeFields.Of(trace.Outcome, batch.Catalog.Definitions, trace.Parameters);
        var parameters = fields.Where(f => f.Key.StartsWith(Results.ReplicationColumns.ParameterPrefix, StringComparison.Ordinal)).ToList();
        text.Append("\nsampled parameters:\n");
        foreach (var (name, value) in parameters)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name[Results.ReplicationColumns.ParameterPrefix.Length..]} = {value}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nstory ({trace.Events.Count} events):\n");
        if (trace.Events.Count == 0)
        {
            text.Append("  (the model reported no events)\n");
        }

        var theatreWidth = Math.Max(8, trace.Events.Select(e => e.Theatre.Length).DefaultIfEmpty(0).Max());
        var kindWidth = Math.Max(8, trace.Events.Select(e => e.Kind.Length).DefaultIfEmpty(0).Max());
        foreach (var e in trace.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Calendar.Format(e.Month)}  {e.Theatre.PadRight(theatreWidth)}  {e.Kind.PadRight(kindWidth)}  {e.Text}\n");
        }

        text.Append("\noutcomes:\n");
        var metrics = fields.Except(parameters).ToList();
        var width = metrics.Max(f => f.Key.Length);
        foreach (var (name, value) in metrics)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name.PadRight(width)}  {(value.Length == 0 ? "(undefined)" : value)}\n");
        }

        return text.ToString();
    }
}
