using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Aggregation;

/// <summary>
/// The dimensions of an <see cref="AggregateState"/>: fixed by the batch (scenarios, horizon, claims), never by
/// the replication count, so memory is flat in R. <paramref name="Conditioned"/>: the batch has a conditioning
/// block, so the state also holds the accepted-world count and a second set of claim accumulators.
/// </summary>
public sealed record AggregateLayout(int Scenarios, int Horizon, int Claims, bool Conditioned = false)
{
    /// <summary>Fine bins per numeric metric (quantiles in summary.csv); a multiple of <see cref="DistributionBins"/>.</summary>
    public const int NumericBins = 2000;

    /// <summary>Bins per numeric metric in distributions.csv.</summary>
    public const int DistributionBins = 50;

    /// <summary>Bins per trajectory variable and month (p10/p50/p90 in trajectories.csv).</summary>
    public const int TrajectoryBins = 200;

    /// <summary>Months 0..Horizon.</summary>
    public int Months => Horizon + 1;

    /// <summary>Month histogram bins per metric: index 0 is "never", 1 + m is month m.</summary>
    public int MonthBins => Horizon + 2;

    /// <summary>Total states over the categorical metrics.</summary>
    public static int StatesPerScenario { get; } = MetricCatalog.Categorical.Sum(m => m.States.Count);

    /// <summary>Offset of each categorical metric's first state within a scenario's block.</summary>
    public static IReadOnlyList<int> StateOffsets { get; } = Offsets();

    /// <summary>Number of numeric metrics.</summary>
    public static int NumericCount => MetricCatalog.Numbers.Count;

    /// <summary>Number of month metrics.</summary>
    public static int MonthCount => MetricCatalog.Months.Count;

    /// <summary>Number of trajectory variables.</summary>
    public const int VariableCount = ReplicationOutcome.VariableCount;

    private static int[] Offsets()
    {
        var offsets = new int[MetricCatalog.Categorical.Count];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = offsets[i - 1] + MetricCatalog.Categorical[i - 1].States.Count;
        }

        return offsets;
    }
}
