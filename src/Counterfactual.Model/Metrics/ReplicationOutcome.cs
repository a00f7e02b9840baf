using Counterfactual.Model.Time;

namespace Counterfactual.Model.Metrics;

/// <summary>
/// The outcome of one replication of one scenario: a reusable buffer (allocated once per worker, never
/// per replication). Indices are the metric enums; month values are <see cref="Calendar"/> indices.
/// The trajectory holds one row per month from 1941-06 to the horizon; months after the war ended hold
/// the final state.
/// </summary>
public sealed class ReplicationOutcome
{
    public ReplicationOutcome(int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        Horizon = horizon;
        MonthCount = horizon + 1;
        States = new byte[MetricCatalog.Categorical.Count];
        Months = new int[MetricCatalog.Months.Count];
        Numbers = new double[MetricCatalog.Numbers.Count];
        Trajectory = new double[MonthCount * VariableCount];
        _constantFrom = horizon;
    }

    private int _constantFrom;

    /// <summary>
    /// Number of trajectory variables per month: one per <see cref="TrajectoryVariable"/>, as
    /// <see cref="MetricCatalog.Trajectories"/> lists them (a test holds the two together). A constant, not the
    /// catalogue's count, so that code compiled ahead of time does not make an interface call for it.
    /// </summary>
    public const int VariableCount = (int)TrajectoryVariable.WesternFrontProgress + 1;

    /// <summary>Last simulated month index (inclusive).</summary>
    public int Horizon { get; }

    /// <summary>Months in the trajectory: <c>Horizon + 1</c>.</summary>
    public int MonthCount { get; }

    /// <summary>State index per <see cref="CategoricalMetric"/> (into the descriptor's States).</summary>
    public byte[] States { get; }

    /// <summary>Month index per <see cref="MonthMetric"/>, or <see cref="Calendar.Never"/>.</summary>
    public int[] Months { get; }

    /// <summary>Value per <see cref="NumericMetric"/>; NaN where undefined (e.g. no German surrender).</summary>
    public double[] Numbers { get; }

    /// <summary>Row-major [month, variable] values of the monthly state.</summary>
    public double[] Trajectory { get; }

    /// <summary>
    /// A month from which every trajectory row to the horizon equals this month's row (the simulator holds the
    /// final state after the war ends). Always valid: at worst <see cref="Horizon"/>. Aggregation adds the held
    /// rows once instead of month by month.
    /// </summary>
    public int ConstantFrom
    {
        get => _constantFrom;
        set => _constantFrom = value >= 0 && value <= Horizon ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a month of the trajectory.");
    }

    /// <summary>Value of one trajectory variable in one month.</summary>
    public double TrajectoryAt(int month, TrajectoryVariable variable) => Trajectory[(month * VariableCount) + (int)variable];

    /// <summary>Sets one trajectory value (and drops the held-rows claim: <see cref="ConstantFrom"/> becomes the horizon).</summary>
    public void SetTrajectory(int month, TrajectoryVariable variable, double value)
    {
        Trajectory[(month * VariableCount) + (int)variable] = value;
        _constantFrom = Horizon;
    }

    /// <summary>Resets every value to its "nothing happened" state before a run.</summary>
    public void Clear()
    {
        Array.Clear(States);
        Array.Fill(Months, Calendar.Never);
        Array.Fill(Numbers, double.NaN);
        Array.Clear(Trajectory);
        _constantFrom = Horizon;
    }

    /// <summary>
    /// As <see cref="Clear"/> but leaves the trajectory alone: for a writer that then sets every row
    /// (the simulator records months up to the war's end and holds the final row to the horizon).
    /// </summary>
    internal void ClearExceptTrajectory()
    {
        Array.Clear(States);
        Array.Fill(Months, Calendar.Never);
        Array.Fill(Numbers, double.NaN);
    }

    /// <summary>Copies another outcome of the same horizon into this one.</summary>
    public void CopyFrom(ReplicationOutcome other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Horizon != Horizon)
        {
            throw new ArgumentException("Horizons differ.", nameof(other));
        }

        other.States.CopyTo(States, 0);
        other.Months.CopyTo(Months, 0);
        other.Numbers.CopyTo(Numbers, 0);
        other.Trajectory.CopyTo(Trajectory, 0);
        _constantFrom = other._constantFrom;
    }
}
