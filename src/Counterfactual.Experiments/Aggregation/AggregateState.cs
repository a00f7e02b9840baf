using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Aggregation;

/// <summary>
/// Everything the result files are computed from, as exact integers: counts, fixed-width histograms and
/// fixed-point sums. Merging states in any order gives identical bits, so threads, shards and resumed runs
/// agree byte for byte. Size depends only on the <see cref="AggregateLayout"/>, never on replications.
/// </summary>
public sealed partial class AggregateState
{
    /// <summary>An empty state.</summary>
    public AggregateState(AggregateLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        var s = layout.Scenarios;
        States = new long[s * AggregateLayout.StatesPerScenario];
        MonthHistogram = new long[s * AggregateLayout.MonthCount * layout.MonthBins];
        NumericDefined = new long[s * AggregateLayout.NumericCount];
        NumericSum = new Int128[s * AggregateLayout.NumericCount];
        NumericSumOfSquares = new Int128[s * AggregateLayout.NumericCount];
        _numericHistogram = new long[s * AggregateLayout.NumericCount * AggregateLayout.NumericBins];
        var cells = s * layout.Months * AggregateLayout.VariableCount;
        _trajectoryDefined = new long[cells];
        _trajectorySum = new Int128[cells];
        _trajectoryHistogram = new int[cells * AggregateLayout.TrajectoryBins];
        Claims = [.. Enumerable.Range(0, layout.Claims).Select(_ => new ClaimAccumulator())];
        ConditionedClaims = layout.Conditioned ? [.. Enumerable.Range(0, layout.Claims).Select(_ => new ClaimAccumulator())] : [];
    }

    /// <summary>The dimensions.</summary>
    public AggregateLayout Layout { get; }

    /// <summary>Worlds (replications) accumulated.</summary>
    public long Worlds { get; internal set; }

    /// <summary>[scenario, state over all categorical metrics] counts.</summary>
    internal long[] States { get; }

    /// <summary>[scenario, month metric, bin] counts; bin 0 = never, 1 + m = month m.</summary>
    internal long[] MonthHistogram { get; }

    /// <summary>[scenario, numeric metric] count of defined (non-NaN) values.</summary>
    internal long[] NumericDefined { get; }

    internal Int128[] NumericSum { get; }

    internal Int128[] NumericSumOfSquares { get; }

    /// <summary>[scenario, numeric metric, fine bin] counts over the metric's [Min, Max] (settled first).</summary>
    internal long[] NumericHistogram
    {
        get
        {
            Settle();
            return _numericHistogram;
        }
    }

    /// <summary>[scenario, month, variable] count of finite values (settled first).</summary>
    internal long[] TrajectoryDefined
    {
        get
        {
            Settle();
            return _trajectoryDefined;
        }
    }

    /// <summary>[scenario, month, variable] fixed-point sums (settled first).</summary>
    internal Int128[] TrajectorySum
    {
        get
        {
            Settle();
            return _trajectorySum;
        }
    }

    /// <summary>[scenario, month, variable, bin] counts (int: at most 10^8 per cell; held rows settled first).</summary>
    internal int[] TrajectoryHistogram
    {
        get
        {
            Settle();
            return _trajectoryHistogram;
        }
    }

    /// <summary>One accumulator per claim, in batch order.</summary>
    public IReadOnlyList<ClaimAccumulator> Claims { get; }

    /// <summary>Worlds whose factual run matched the conditioning evidence (0 without conditioning).</summary>
    public long Accepted { get; internal set; }

    /// <summary>One accumulator per claim over the accepted worlds only; empty without conditioning.</summary>
    public IReadOnlyList<ClaimAccumulator> ConditionedClaims { get; }

    /// <summary>Adds another state of the same layout into this one.</summary>
    public void Merge(AggregateState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Layout != Layout)
        {
            throw new ArgumentException($"Cannot merge a state of layout {other.Layout} into {Layout}.", nameof(other));
        }

        Worlds += other.Worlds;
        Add(States, other.States);
        Add(MonthHistogram, other.MonthHistogram);
        Add(NumericDefined, other.NumericDefined);
        Add(NumericSum, other.NumericSum);
        Add(NumericSumOfSquares, other.NumericSumOfSquares);
        Add(NumericHistogram, other.NumericHistogram);
        Add(TrajectoryDefined, other.TrajectoryDefined);
        Add(TrajectorySum, other.TrajectorySum);
        Add(TrajectoryHistogram, other.TrajectoryHistogram);
        for (var i = 0; i < Claims.Count; i++)
        {
            Claims[i].Merge(other.Claims[i]);
        }

        Accepted += other.Accepted;
        for (var i = 0; i < ConditionedClaims.Count; i++)
        {
            ConditionedClaims[i].Merge(other.ConditionedClaims[i]);
        }
    }

    internal static int StateIndex(int scenario, int metric, int state) =>
        (scenario * AggregateLayout.StatesPerScenario) + AggregateLayout.StateOffsets[metric] + state;

    internal int MonthBase(int scenario, int metric) => ((scenario * AggregateLayout.MonthCount) + metric) * Layout.MonthBins;

    internal static int NumericIndex(int scenario, int metric) => (scenario * AggregateLayout.NumericCount) + metric;

    internal int TrajectoryCell(int scenario, int month, int variable) =>
        (((scenario * Layout.Months) + month) * AggregateLayout.VariableCount) + variable;

    /// <summary>Fine-bin index of <paramref name="x"/> in [min, max] with <paramref name="bins"/> bins; outside values go to the end bins.</summary>
    internal static int Bin(double x, double min, double max, int bins)
    {
        var b = (int)Math.Floor((x - min) / (max - min) * bins);
        return Math.Clamp(b, 0, bins - 1);
    }

    /// <summary>target += added, element-wise (exact integers; narrower counts and sums, as the pending cells' 16-bit counts and 64-bit sums, widen exactly).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Add<TAdded, T>(Span<T> target, ReadOnlySpan<TAdded> added)
        where TAdded : struct, System.Numerics.IBinaryInteger<TAdded>
        where T : struct, System.Numerics.IBinaryInteger<T>
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += T.CreateTruncating(added[i]);
        }
    }

    internal static MetricDescriptor Numeric(int metric) => MetricCatalog.Numbers[metric];
}
