using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Discovery;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Sensitivity;

namespace Counterfactual.Experiments.Claims;

/// <summary>The sensitivity and discovery results of a run (each null when the batch does not ask for it).</summary>
internal sealed record ClaimAnalysis(List<SensitivityRow>? Sensitivity, List<DiscoveryRow>? Discovery, List<DiscoveryBox>? Boxes)
{
    /// <summary>Runs what <paramref name="batch"/> asks for; null when it asks for nothing.</summary>
    public static ClaimAnalysis? Run(Batch batch, int threads, CancellationToken cancellationToken)
    {
        if (batch.Claims.Count == 0 || (batch.Sensitivity is null && batch.Discovery is null))
        {
            return null;
        }

        try
        {
            var sensitivity = batch.Sensitivity is { } s ? SensitivityRun.Run(batch, s, threads, cancellationToken) : null;
            var discovery = batch.Discovery is { } d ? DiscoveryRun.Run(batch, d, threads, cancellationToken) : default;
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
