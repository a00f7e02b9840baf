using System.Runtime.CompilerServices;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Conditioning;

/// <summary>
/// History-conditioning (abduction, then intervention, then prediction): a world is kept only when the run
/// of its factual scenario matches every piece of evidence; each claim is then also evaluated on the kept
/// worlds alone. Because every scenario of a world shares its parameters and random streams, keeping a world
/// keeps its counterfactual runs too: the conditioned statistics are the counterfactuals of worlds whose
/// factual history looks like ours.
/// </summary>
/// <param name="FactualScenario">Index of the factual scenario in the batch's scenario list.</param>
/// <param name="Evidence">What the factual run must match (all of it).</param>
public sealed record ConditioningSpec(int FactualScenario, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The conditioning label of claims.csv rows evaluated on the kept worlds.</summary>
    public const string Label = "history";

    /// <summary>The conditioning label of claims.csv rows evaluated on every world.</summary>
    public const string None = "none";

    /// <summary>Whether the factual outcome of a world matches all evidence.</summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Accepts(ReplicationOutcome factual)
    {
        foreach (var e in Evidence)
        {
            if (!e.Matches(factual))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The evidence in words, joined by "; ".</summary>
    public string Describe() => string.Join("; ", Evidence.Select(e => e.Describe()));
}
