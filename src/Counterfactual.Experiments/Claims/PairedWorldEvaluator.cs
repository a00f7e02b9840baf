using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Claims;

/// <summary>
/// Runs one world (parameters and streams given) under the scenarios the claims pair, and reads each claim's
/// per-pair difference B - A: an indicator difference for probabilities, a value (or month) difference for
/// means and medians; NaN where undefined. One instance per thread; reuses its buffers.
/// </summary>
internal sealed class PairedWorldEvaluator
{
    private readonly Batch _batch;
    private readonly WorldSimulator _simulator;
    private readonly ReplicationOutcome[] _outcomes;
    private readonly int[] _scenarios;

    public PairedWorldEvaluator(Batch batch)
    {
        _batch = batch;
        _simulator = new WorldSimulator(batch.Catalog, batch.Horizon);
        _outcomes = [.. batch.Scenarios.Select(_ => new ReplicationOutcome(batch.Horizon))];
        _scenarios = [.. batch.Claims.SelectMany(c => c.Pairs).SelectMany(p => new[] { p.A, p.B }).Distinct().Order()];
    }

    /// <summary>Simulates the world under every paired scenario.</summary>
    public void Run(ReadOnlySpan<double> parameters, WorldStreams streams)
    {
        foreach (var s in _scenarios)
        {
            _simulator.Run(_batch.Scenarios[s].ModelLevers, parameters, streams, _outcomes[s]);
        }
    }

    /// <summary>The outcomes of the last world run, by scenario (only the paired scenarios are current).</summary>
    public ReplicationOutcome[] Outcomes => _outcomes;

    /// <summary>B - A of claim <paramref name="claim"/>'s pair <paramref name="pair"/> in the last world run.</summary>
    public double PairDifference(int claim, int pair) => PairDifference(_batch.Claims[claim], pair, _outcomes);

    /// <summary>B - A of <paramref name="spec"/>'s pair <paramref name="pair"/> in one world's <paramref name="outcomes"/> (by scenario).</summary>
    public static double PairDifference(ClaimSpec spec, int pair, ReplicationOutcome[] outcomes)
    {
        var p = spec.Pairs[pair];
        return AggregateState.ClaimValue(spec, outcomes[p.B]) - AggregateState.ClaimValue(spec, outcomes[p.A]);
    }

    /// <summary>The claim's per-world paired difference: the mean over its pairs of B - A (NaN if any is undefined).</summary>
    public double WorldDifference(int claim)
    {
        var pairs = _batch.Claims[claim].Pairs.Count;
        double sum = 0;
        for (var i = 0; i < pairs; i++)
        {
            sum += PairDifference(claim, i);
        }

        return sum / pairs;
    }

    /// <summary>
    /// Whether a world's pair difference <paramref name="d"/> goes against the claim: for equivalence, the pair
    /// differs (by the margin or more; any change of state for a probability); for superiority, the difference
    /// is short of the margin in the expected direction (the wrong sign when the margin is 0); for a difference
    /// claim, the pair does not differ by more than the margin.
    /// </summary>
    public static bool Fails(ClaimSpec spec, double d) =>
        spec.Test switch
        {
            ClaimTest.Equivalence => spec.Statistic == ClaimStatistic.Probability ? d != 0 : Math.Abs(d) >= spec.Margin,
            ClaimTest.Superiority when spec.Expect == ClaimDirection.Less => d > -spec.Margin,
            ClaimTest.Superiority => d < spec.Margin,
            _ => Math.Abs(d) <= spec.Margin,
        };
}
