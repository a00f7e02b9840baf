using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Batches;

/// <summary>What a claim compares between its two selections.</summary>
public enum ClaimStatistic
{
    /// <summary>Mean of a numeric metric, or of a month metric's index among worlds where it happened.</summary>
    Mean,

    /// <summary>Probability of a categorical state, or that a month event happened (by a date).</summary>
    Probability,

    /// <summary>Median of a month metric among worlds where it happened.</summary>
    Median,
}

/// <summary>The test a claim asks for.</summary>
public enum ClaimTest
{
    /// <summary>TOST: |B - A| &lt; margin.</summary>
    Equivalence,

    /// <summary>One-sided: B - A beyond the margin in the expected direction.</summary>
    Superiority,

    /// <summary>Two-sided: B differs from A.</summary>
    Difference,
}

/// <summary>Expected direction of a superiority claim.</summary>
public enum ClaimDirection
{
    /// <summary>Not a superiority claim.</summary>
    None,

    /// <summary>B greater than A.</summary>
    Greater,

    /// <summary>B less than A.</summary>
    Less,
}

/// <summary>A pair of scenarios compared world by world (indices into <see cref="Batch.Scenarios"/>).</summary>
public readonly record struct ScenarioPair(int A, int B);

/// <summary>A validated claim with its resolved scenario pairs.</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Statement">The claim in words.</param>
/// <param name="Metric">A per-replication metric.</param>
/// <param name="State">Index into the metric's states (categorical only; -1 otherwise).</param>
/// <param name="Statistic">What is compared.</param>
/// <param name="By">For month probabilities: count only events up to this month index (inclusive); null means any time before the horizon.</param>
/// <param name="SelectionA">Lever filters of selection A (the factual).</param>
/// <param name="SelectionB">Lever filters of selection B (the counterfactual).</param>
/// <param name="Test">The test.</param>
/// <param name="Expect">Direction for superiority.</param>
/// <param name="Margin">Margin in the metric's unit (probability, km, months), &gt;= 0.</param>
/// <param name="Alpha">Significance level in (0, 0.5).</param>
/// <param name="Pairs">The (A, B) scenario pairs, one-to-one, in A's batch order.</param>
public sealed record ClaimSpec(
    string Id,
    string Statement,
    MetricDescriptor Metric,
    int State,
    ClaimStatistic Statistic,
    int? By,
    IReadOnlyDictionary<string, double> SelectionA,
    IReadOnlyDictionary<string, double> SelectionB,
    ClaimTest Test,
    ClaimDirection Expect,
    double Margin,
    double Alpha,
    IReadOnlyList<ScenarioPair> Pairs);
