using System.Diagnostics;
using System.Globalization;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Running;
using Counterfactual.Experiments.Sensitivity;
using Counterfactual.Results;
using Counterfactual.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// <c>counterfactual run</c>: validates every batch first (so a bad file runs nothing and creates no
/// directory), then runs each batch and writes its result set.
/// </summary>
internal sealed class RunJob(IOptions<RunJobOptions> options, ILogger<RunJob> logger, TimeProvider clock) : ICommandJob
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var paths = o.Batches.Count == 0 ? [BatchFiles.DefaultBatch] : o.Batches;
        var loaded = paths.Select(p => BatchFiles.Get(p, o.Prefetched)).ToList();
        var errors = loaded.SelectMany(l => l.Result.Errors).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                logger.LogError("{Error}", error.ToString());
            }

            return Task.FromResult(ExitCodes.BadInput);
        }

        var plans = loaded.Select(l => Plan(l, o, paths.Count)).ToList();
        var duplicate = plans.GroupBy(p => Path.GetFullPath(p.OutputDirectory)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UserInputException($"two batches would write to the same directory {duplicate.Key}; give them different names");
        }

        // Resource guards before anything is created: a refused batch leaves no directory behind.
        foreach (var plan in plans)
        {
            ResourceGuard.Enforce(plan.Loaded.Path, plan.Batch, plan.OutputDirectory, plan.Raw, ResourceGuard.MaxRuns(o.MaxRuns, o.MaxRunsVariable), o.Force);
        }

        // The warm-up has done its work by now; the run gets every core.
        o.WarmUp?.Stop();
        foreach (var plan in plans)
        {
            var code = RunOne(plan, o, cancellationToken);
            if (code != ExitCodes.Success)
            {
                return Task.FromResult(code);
            }
        }

        return Task.FromResult(ExitCodes.Success);
    }

    private static RunPlan Plan(LoadedBatch loaded, RunJobOptions o, int batchCount)
    {
        var batch = loaded.Result.Batch!.WithOverrides(o.Replications, o.Seed);
        var output = o.Out is null
            ? Path.Combine("results", batch.Name)
            : batchCount == 1 ? o.Out : Path.Combine(o.Out, batch.Name);
        return new RunPlan(loaded, batch, output, o.Raw || batch.Outputs.Raw);
    }

    private int RunOne(RunPlan plan, RunJobOptions o, CancellationToken cancellationToken)
    {
        var batch = plan.Batch;
        logger.LogInformation(
            "{Name}: {Scenarios} scenarios x {Replications} replications, seed {Seed}, {Threads} threads -> {Out}",
            batch.Name,
            batch.Scenarios.Count,
            batch.Replications.ToString("N0", CultureInfo.InvariantCulture),
            batch.Seed,
            o.Threads,
            plan.OutputDirectory);

        using var progress = o.Quiet ? null : new ProgressDisplay(logger, batch.Replications, batch.Scenarios.Count, clock);
        var stopwatch = Stopwatch.StartNew();

        // Shards, checkpoints and --resume: see CheckpointedRun.
        var outcome = new CheckpointedRun(logger, clock).Execute(plan, o, progress, cancellationToken);
        stopwatch.Stop();
        progress?.Finish();
        if (outcome is null)
        {
            return ExitCodes.Success;
        }

        if (!outcome.Complete)
        {
            logger.LogWarning(
                "{Name}: cancelled after {Done} of {Total} replications; partial results (complete: false) in {Out}",
                batch.Name,
                outcome.Results.Manifest.ReplicationsCompleted,
                batch.Replications,
                plan.OutputDirectory);
            return ExitCodes.Cancelled;
        }

        var runs = batch.Replications * batch.Scenarios.Count;
        logger.LogInformation(
            "{Name}: {Runs} scenario-replications in {Seconds:F1} s ({Rate} per second) -> {Out}",
            batch.Name,
            runs.ToString("N0", CultureInfo.InvariantCulture),
            stopwatch.Elapsed.TotalSeconds,
            (runs / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9)).ToString("N0", CultureInfo.InvariantCulture),
            plan.OutputDirectory);
        foreach (var claim in outcome.Results.Claims)
        {
            logger.LogInformation(
                "  {Claim}: {Verdict} (difference {Difference} [{Low}, {High}], margin {Margin}, {Test})",
                claim.Conditioning == "none" ? claim.ClaimId : claim.ClaimId + " | " + claim.Conditioning,
                claim.Verdict,
                Format(claim.Difference),
                Format(claim.CiLow),
                Format(claim.CiHigh),
                Format(claim.Margin),
                claim.Test);
        }

        if (outcome.Results.Conditioning is { } c)
        {
            logger.LogInformation("  conditioning on {Evidence} in {Factual}: {Accepted} of {Worlds} worlds kept ({Rate})", c.Evidence, c.FactualScenario, c.Accepted, c.Worlds, c.AcceptanceRate.ToString("P1", CultureInfo.InvariantCulture));
        }

        foreach (var box in outcome.Results.DiscoveryBoxes ?? [])
        {
            logger.LogInformation("  {Sentence}", box.Sentence);
        }

        // sensitivity.csv lists each claim's parameters most influential first (by total index).
        foreach (var claim in (outcome.Results.Sensitivity ?? []).GroupBy(r => r.ClaimId))
        {
            var noise = claim.FirstOrDefault(r => r.Parameter == SobolIndices.NoiseParameter);
            var top = claim.Where(r => r.Parameter != SobolIndices.NoiseParameter).Take(3).Select(r => string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Parameter} {r.Total:0.00} [{r.TotalCiLow:0.00}, {r.TotalCiHigh:0.00}] (first-order {r.FirstOrder:0.00} [{r.FirstOrderCiLow:0.00}, {r.FirstOrderCiHigh:0.00}])"));
            logger.LogInformation(
                "  {Claim} hinges most on (Sobol total index [95% interval], N = {N}): {Top}{Noise}",
                claim.Key,
                claim.First().N,
                string.Join("; ", top),
                noise is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; the model's own noise is {noise.Total:P0} of one world's variance"));
        }

        return ExitCodes.Success;
    }

    private static string Format(double x) => x.ToString("G4", CultureInfo.InvariantCulture);

    internal sealed record RunPlan(LoadedBatch Loaded, Batch Batch, string OutputDirectory, bool Raw);
}
