using System.Runtime.CompilerServices;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Claims;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// The inputs of scenario discovery, world by world: the parameters and each claim's per-pair differences of
/// worlds 0 .. <see cref="Worlds"/> - 1. The main run records them as it passes those worlds, so discovery
/// needs no second simulation; a run that did not pass them all (a resumed run, merged shards) has discovery
/// simulate the missing worlds itself. Either way the values are the same bits. Each world is written by the
/// one worker that ran it, so recording needs no lock.
/// </summary>
public sealed class DiscoveryCapture
{
    private readonly Batch _batch;
    private readonly bool[] _recorded;

    private DiscoveryCapture(Batch batch, int worlds)
    {
        _batch = batch;
        Worlds = worlds;
        _recorded = new bool[worlds];
        Parameters = new double[worlds][];
        Differences = [.. batch.Claims.Select(c => new double[worlds * c.Pairs.Count])];
    }

    /// <summary>Worlds discovery looks at (the batch's discovery worlds, at most its replications).</summary>
    public int Worlds { get; }

    /// <summary>Parameters of each world (null until recorded).</summary>
    internal double[][] Parameters { get; }

    /// <summary>Per claim, [world x pairs + pair] differences B - A (NaN where undefined).</summary>
    internal double[][] Differences { get; }

    /// <summary>Whether every world has been recorded.</summary>
    public bool Complete => Array.TrueForAll(_recorded, r => r);

    /// <summary>A capture for <paramref name="batch"/>, or null when the batch asks for no discovery.</summary>
    public static DiscoveryCapture? For(Batch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Discovery is { } d && batch.Claims.Count > 0 ? new DiscoveryCapture(batch, (int)Math.Min(d.Worlds, batch.Replications)) : null;
    }

    /// <summary>Whether <paramref name="world"/> is one discovery looks at.</summary>
    internal bool Wants(long world) => world >= 0 && world < Worlds;

    /// <summary>
    /// Records world <paramref name="world"/>: its parameters and, from <paramref name="outcomes"/> (indexed by
    /// scenario; only the claims' paired scenarios are read), every claim's pair differences.
    /// </summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Record(long world, ReadOnlySpan<double> parameters, ReplicationOutcome[] outcomes)
    {
        var w = (int)world;
        Parameters[w] = parameters.ToArray();
        for (var c = 0; c < _batch.Claims.Count; c++)
        {
            var spec = _batch.Claims[c];
            var pairs = spec.Pairs.Count;
            for (var k = 0; k < pairs; k++)
            {
                Differences[c][(w * pairs) + k] = PairedWorldEvaluator.PairDifference(spec, k, outcomes);
            }
        }

        _recorded[w] = true;
    }

    /// <summary>Whether world <paramref name="world"/> has been recorded.</summary>
    internal bool Has(int world) => _recorded[world];
}
