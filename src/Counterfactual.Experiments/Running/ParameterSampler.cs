using System.Runtime.CompilerServices;
using Counterfactual.Experiments.Batches;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// Draws the parameters of world r once, shared by all its scenarios: parameter i uses draw i of the world's
/// parameter stream (fixed priors consume theirs too), through the prior's inverse CDF, clamped to [Min, Max].
/// Under LHS the draw is moved into stratum perm_i(r) of R equal strata.
/// </summary>
internal sealed class ParameterSampler
{
    private readonly ulong _seed;
    private readonly long _replications;
    private readonly ParameterDefinition[] _definitions;
    private readonly LhsPermutation[]? _strata;

    public ParameterSampler(Batch batch)
        : this(batch.Catalog, batch.Seed)
    {
        _replications = batch.Replications;
        _strata = batch.Design == ExperimentDesign.Lhs
            ? [.. _definitions.Select((_, i) => new LhsPermutation(batch.Replications, batch.Seed, i))]
            : null;
    }

    /// <summary>Plain Monte Carlo draws from <paramref name="catalog"/>'s priors under <paramref name="seed"/>, outside any batch (the model's warm-up).</summary>
    public ParameterSampler(ParameterCatalog catalog, ulong seed)
    {
        _seed = seed;
        _definitions = [.. catalog.Definitions];
    }

    public int Count => _definitions.Length;

    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sample(long replication, Span<double> values)
    {
        var stream = WorldStreams.ParameterStream(_seed, replication);
        for (var i = 0; i < _definitions.Length; i++)
        {
            var u = stream.NextOpenDouble();
            if (_strata is not null)
            {
                u = (_strata[i].Map(replication) + u) / _replications;
            }

            var d = _definitions[i];
            values[i] = Math.Clamp(d.Prior.Quantile(u), d.Min, d.Max);
        }
    }
}
