namespace Counterfactual.Experiments.Aggregation;

public sealed partial class AggregateState
{
    private readonly long[] _trajectoryDefined;
    private readonly Int128[] _trajectorySum;
    private readonly int[] _trajectoryHistogram;
    private HeldRows? _held;

    /// <summary>
    /// Spreads the held rows over the months: a replication whose trajectory is constant from month L on was
    /// added once at cell (scenario, L, variable) of <see cref="_held"/>; every month t counts the held rows of
    /// all L &lt;= t, a running sum over the months. Exact integers, so the cells end up with the same bits as
    /// if every month had been added one by one. A no-op when nothing is pending.
    /// </summary>
    private void SettleHeldRows()
    {
        if (_held is not { Pending: true } held)
        {
            return;
        }

        const int bins = AggregateLayout.TrajectoryBins;
        var variables = AggregateLayout.VariableCount;
        var rowCells = variables;
        var runningDefined = new long[rowCells];
        var runningSum = new Int128[rowCells];
        var runningHistogram = new int[rowCells * bins];
        for (var s = 0; s < Layout.Scenarios; s++)
        {
            Array.Clear(runningDefined);
            Array.Clear(runningSum);
            Array.Clear(runningHistogram);
            for (var month = 0; month < Layout.Months; month++)
            {
                var cell = TrajectoryCell(s, month, 0);
                AddRunning(runningDefined, held.Defined.AsSpan(cell, rowCells), _trajectoryDefined.AsSpan(cell, rowCells));
                AddRunning(runningSum, held.Sum.AsSpan(cell, rowCells), _trajectorySum.AsSpan(cell, rowCells));
                AddRunning(runningHistogram, held.Histogram.AsSpan(cell * bins, rowCells * bins), _trajectoryHistogram.AsSpan(cell * bins, rowCells * bins));
            }
        }

        held.Clear();
    }

    /// <summary>running += started; target += running (element-wise).</summary>
    private static void AddRunning<T>(T[] running, ReadOnlySpan<T> started, Span<T> target)
        where T : struct, System.Numerics.IAdditionOperators<T, T, T>
    {
        for (var i = 0; i < running.Length; i++)
        {
            running[i] += started[i];
            target[i] += running[i];
        }
    }

    /// <summary>
    /// Replications whose trajectory is constant from month L to the horizon, added once at their row L: the
    /// same cell layout as the trajectory arrays. Only a worker's state that accumulates outcomes has one.
    /// </summary>
    private sealed class HeldRows(int cells)
    {
        public long[] Defined { get; } = new long[cells];

        public Int128[] Sum { get; } = new Int128[cells];

        public int[] Histogram { get; } = new int[cells * AggregateLayout.TrajectoryBins];

        /// <summary>Something was added since the last settle.</summary>
        public bool Pending { get; set; }

        public void Clear()
        {
            if (!Pending)
            {
                return;
            }

            Array.Clear(Defined);
            Array.Clear(Sum);
            Array.Clear(Histogram);
            Pending = false;
        }
    }
}
