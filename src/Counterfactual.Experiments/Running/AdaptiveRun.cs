using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Claims;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Statistics;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// Adaptive replication: runs the first R worlds, then keeps doubling (R, 2R, 4R, ..., capped at the batch's
/// maximum) until every unconditioned claim is conclusive. Conclusiveness is judged only at these checkpoints
/// from the exact aggregate of the first K worlds, so the stopping point and the bytes written are the same
/// whatever the thread count. Conditioned claims are reported but do not drive the stopping rule (a rare
/// history could otherwise always run to the cap).
/// </summary>
internal static class AdaptiveRun
{
    /// <summary>Runs <paramref name="batch"/> adaptively; <paramref name="target"/> is the checkpoint K the result covers when complete.</summary>
    public static AggregateState Accumulate(Batch batch, AdaptiveOptions adaptive, RunOptions options, CancellationToken cancellationToken, out long target)
    {
        var raw = options.Raw is null ? null : new ContinuingSink(options.Raw);
        target = Math.Min(batch.Replications, adaptive.MaxReplications);
        var state = BatchRunner.Accumulate(batch, 0, target, options.Threads, raw, Offset(options.Progress, 0, adaptive.MaxReplications), cancellationToken);
        while (state.Worlds == target && target < adaptive.MaxReplications && !AllConclusive(batch, state) && !cancellationToken.IsCancellationRequested)
        {
            var next = Math.Min(adaptive.MaxReplications, target * 2);
            state.Merge(BatchRunner.Accumulate(batch, target, next, options.Threads, raw, Offset(options.Progress, target, adaptive.MaxReplications), cancellationToken));
            target = next;
        }

        raw?.Finish();
        return state;
    }

    /// <summary>Whether every claim's verdict on <paramref name="state"/> is HOLDS or FAILS.</summary>
    internal static bool AllConclusive(Batch batch, AggregateState state) =>
        batch.Claims.Select((c, i) => ClaimEvaluator.Evaluate(batch, c, state, i)).All(r => r.Verdict != Verdicts.Inconclusive);

    private static Progress? Offset(IProgress<RunProgress>? progress, long done, long total) =>
        progress is null ? null : new Progress(progress, done, total);

    private sealed class Progress(IProgress<RunProgress> inner, long done, long total) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => inner.Report(value with { WorldsDone = done + value.WorldsDone, WorldsTotal = total });
    }

    /// <summary>Forwards rows of every chunk to one sink: begun once, completed once at the end.</summary>
    private sealed class ContinuingSink(IRawSink inner) : IRawSink
    {
        private bool _begun;

        public void Begin(IReadOnlyList<string> parameterNames)
        {
            if (!_begun)
            {
                _begun = true;
                inner.Begin(parameterNames);
            }
        }

        public void Write(string scenarioId, long replication, ReplicationOutcome outcome, ReadOnlySpan<double> parameters) =>
            inner.Write(scenarioId, replication, outcome, parameters);

        public void Complete()
        {
        }

        public void Finish() => inner.Complete();
    }
}
