using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Discovery;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Sensitivity;

namespace Counterfactual.Experiments.Claims;

/// <summary>The sensitivity and discovery results of a run (each null when the batch does not ask for it).</summary>
internal sealed record ClaimAnalysis(List<SensitivityRow>? Sensitivity, List<DiscoveryRow>? Discovery, List<DiscoveryBox>? Boxes)
{
    /// <summary>Runs what <paramref name="batch"/> asks for; null when it asks for nothing.</summary>
    public static ClaimAnalysis? Run(Batch batch, int threads, DiscoveryCapture? captured, CancellationToken cancellationToken)
    {
        if (batch.Claims.Count == 0 || (batch.Sensitivity is null && batch.Discovery is null))
        {
            return null;
        }

        try
        {
            var sensitivity = batch.Sensitivity is { } s ? SensitivityRun.Run(batch, s, threads, cancellationToken) : null;
            var discovery = batch.Discovery is { } d ? DiscoveryRun.Run(batch, d, threads, captured, cancellationToken) : default;
            return new ClaimAnalysis(sensitivity, discovery.Rows, discovery.Boxes);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The result set with these analyses attached.</summary>
    public ResultSet AddTo(ResultSet results) => results with { Sensitivity = Sensitivity, Discovery = Discovery, DiscoveryBoxes = Boxes };
}

/// <summary>Completes a result set with the batch's sensitivity and discovery analyses.</summary>
public static class ClaimAnalyses
{
    /// <summary>
    /// <paramref name="results"/> with the analyses the batch asks for, when the result set covers the whole
    /// batch (complete and unsharded) — the same step for a single run, a resumed run and merged shards, so
    /// they write the same bytes. The analyses re-simulate their own worlds, deterministically for any
    /// <paramref name="threads"/>, except the discovery worlds a run recorded as it passed them
    /// (<paramref name="captured"/>, which holds the same values).
    /// </summary>
    public static ResultSet Complete(Batch batch, ResultSet results, int threads, CancellationToken cancellationToken, DiscoveryCapture? captured = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(results);
        if (!results.Manifest.Complete || results.Manifest.Shard is not null)
        {
            return results;
        }

        return Start(batch, threads, cancellationToken, captured).AddTo(results);
    }

    /// <summary>
    /// Starts the analyses of <see cref="Complete"/> in the background, for a run that knows its result set will
    /// cover the whole batch: they do not read the result set, so they can run while it is built and its tables
    /// written; <see cref="ClaimAnalysesInProgress.AddTo"/> waits for them.
    /// </summary>
    public static ClaimAnalysesInProgress Start(Batch batch, int threads, CancellationToken cancellationToken, DiscoveryCapture? captured = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new ClaimAnalysesInProgress(Task.Run(() => ClaimAnalysis.Run(batch, threads, captured, cancellationToken), CancellationToken.None));
    }
}

/// <summary>A batch's sensitivity and discovery analyses running in the background (<see cref="ClaimAnalyses.Start"/>).</summary>
public sealed class ClaimAnalysesInProgress
{
    private readonly Task<ClaimAnalysis?> _analysis;

    internal ClaimAnalysesInProgress(Task<ClaimAnalysis?> analysis) => _analysis = analysis;

    /// <summary>Waits for the analyses and returns <paramref name="results"/> with them (as it is when the batch asks for none); rethrows what they threw.</summary>
    public ResultSet AddTo(ResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return _analysis.GetAwaiter().GetResult() is { } analysis ? analysis.AddTo(results) : results;
    }
}
