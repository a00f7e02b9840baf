using System.Runtime.CompilerServices;

namespace Counterfactual.Experiments.Aggregation;

public sealed partial class AggregateState
{
    private readonly long[] _trajectoryDefined;
    private readonly Int128[] _trajectorySum;
    private readonly int[] _trajectoryHistogram;
    private readonly long[] _numericHistogram;
    private PendingCells? _pending;

    /// <summary>Trajectory values were added since the finite-value counts were last summed up.</summary>
    private bool _countsStale;

    /// <summary>
    /// Brings the trajectory cells and the numeric histograms up to date before anyone reads them (a no-op when
    /// nothing is pending).
    /// First the pending additions go in: the partial sums of the rows added month by month, and the held rows
    /// spread over the months: a replication whose trajectory is constant from month L on was added once at
    /// cell (scenario, L, variable) of the held rows; every month t counts the held rows of all L &lt;= t, a
    /// running sum over the months. Then each cell's count of finite values is the sum of its histogram. Exact
    /// integers, so the cells end up with the same bits as if every month of every replication had been
    /// counted one by one.
    /// </summary>
    internal void Settle()
    {
        if (_pending is { Pending: true } pending)
        {
            AddPending(pending);
        }

        if (_countsStale)
        {
            CountFiniteValues();
            _countsStale = false;
        }
    }

    // The bulk loops below run once or twice per run, too rarely for tiered compilation to optimise them
    // before they finish (a whole-state pass in unoptimised code costs a tenth of a second): they are
    // compiled optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountFiniteValues()
    {
        const int bins = AggregateLayout.TrajectoryBins;
        for (var cell = 0; cell < _trajectoryDefined.Length; cell++)
        {
            long count = 0;
            foreach (var c in _trajectoryHistogram.AsSpan(cell * bins, bins))
            {
                count += c;
            }

            _trajectoryDefined[cell] = count;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPending(PendingCells pending)
    {
        Add(_trajectorySum, pending.Sum);
        AddTransposed(pending.Histogram, _trajectoryHistogram, Layout.Scenarios, Layout.Months * AggregateLayout.VariableCount, AggregateLayout.TrajectoryBins);
        AddTransposed(pending.NumericHistogram, _numericHistogram, Layout.Scenarios, AggregateLayout.NumericCount, AggregateLayout.NumericBins);

        SpreadHeldRows(pending);
        pending.Settled();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SpreadHeldRows(PendingCells held)
    {
        const int bins = AggregateLayout.TrajectoryBins;
        var rowCells = AggregateLayout.VariableCount;
        var runningSum = new Int128[rowCells];
        var runningHistogram = new int[rowCells * bins];
        for (var s = 0; s < Layout.Scenarios; s++)
        {
            Array.Clear(runningSum);
            Array.Clear(runningHistogram);
            var started = false;
            for (var month = 0; month < Layout.Months; month++)
            {
                var cell = TrajectoryCell(s, month, 0);
                if (held.HeldAt(s, month))
                {
                    Add(runningSum, held.HeldSum.AsSpan(cell, rowCells));
                    Add(runningHistogram, held.HeldHistogram.AsSpan(cell * bins, rowCells * bins));
                    started = true;
                }

                // Before a scenario's first held row the running sums are zero: nothing to add.
                if (started)
                {
                    Add(_trajectorySum.AsSpan(cell, rowCells), runningSum);
                    Add(_trajectoryHistogram.AsSpan(cell * bins, rowCells * bins), runningHistogram);
                }
            }
        }
    }

    /// <summary>
    /// cells += counts, from the pending layout [row cell, bin, scenario] to the cells' [scenario, row cell, bin]
    /// (exact integers; zero counts, most of them, skipped). A trajectory's row cells are its (month, variable)
    /// pairs, the numeric histograms' their metrics. The cells are int or long, told apart by type tests that the
    /// compiler folds away: with IBinaryInteger's CreateTruncating the default batch's trajectory counts took
    /// 55-65 ms to add instead of 10 (measured in the workers' final settle).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddTransposed<T>(ReadOnlySpan<ushort> counts, Span<T> cells, int scenarios, int rowCells, int bins)
        where T : unmanaged
    {
        var i = 0;
        for (var rowCell = 0; rowCell < rowCells; rowCell++)
        {
            for (var bin = 0; bin < bins; bin++)
            {
                for (var s = 0; s < scenarios; s++, i++)
                {
                    if (counts[i] != 0)
                    {
                        ref var cell = ref cells[(((s * rowCells) + rowCell) * bins) + bin];
                        if (typeof(T) == typeof(int))
                        {
                            Unsafe.As<T, int>(ref cell) += counts[i];
                        }
                        else if (typeof(T) == typeof(long))
                        {
                            Unsafe.As<T, long>(ref cell) += counts[i];
                        }
                        else
                        {
                            throw new NotSupportedException($"Cells of {typeof(T)}: int or long only.");
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// What the replications added since the last settle that is not in the cells yet. Only a worker's state
    /// that accumulates outcomes has one. The histogram counts are 16-bit (half the memory of the cells', so more
    /// of them stay in cache) and the sums 64-bit, quicker to add to than the cells' Int128 (and four to a
    /// vector): a trajectory value's units are at most max |Min|, |Max| over the variables (3,000) times 2^24,
    /// under 2^35.6 in size, so a cell's sum of fewer than 2^16 of them stays under 2^51.6, far inside a long. The held rows are the replications whose trajectory is constant from month L to the
    /// horizon, added once at their row L, the same cell layout as the trajectory arrays. A scenario's cell (and
    /// any one bin of it) cannot take more additions than the scenario's replications added since the last
    /// settle, so everything is added to the cells before any scenario reaches 65,535.
    /// </summary>
    /// <remarks>
    /// Once settled, the arrays are zeroed only when the next replication is added (<see cref="Take"/>), not at the
    /// settle itself: a run's last settle, just before its state is read and dropped, then zeroes nothing (some 26 MB
    /// a worker, about a twentieth of a second of the default batch). Of the held rows only those where a scenario's
    /// trajectory became constant are read and zeroed (<see cref="HeldAt"/>); the rest are never touched.
    /// </remarks>
    private sealed class PendingCells(int scenarios, int months, int cells)
    {
        private readonly int[] _added = new int[scenarios];

        private readonly bool[] _heldAt = new bool[scenarios * months];

        /// <summary>The arrays hold additions already settled into the cells: zero them before the next one.</summary>
        private bool _settled;

        /// <summary>Partial sums of the rows added month by month.</summary>
        public long[] Sum { get; } = new long[cells];

        /// <summary>
        /// Histogram counts of the rows added month by month, 16-bit (half the memory of the cells'), laid out
        /// [month, variable, bin, scenario]: the counts of one bin of one month and variable for all the scenarios
        /// share a cache line or two. A worker runs a few worlds under every scenario in turn, and a world's
        /// scenarios mostly land in the same bins (they share most theatre months), so its scenarios' additions
        /// touch the same lines instead of each scenario's own 0.4 MB.
        /// </summary>
        public ushort[] Histogram { get; } = new ushort[cells * AggregateLayout.TrajectoryBins];

        public long[] HeldSum { get; } = new long[cells];

        public ushort[] HeldHistogram { get; } = new ushort[cells * AggregateLayout.TrajectoryBins];

        /// <summary>
        /// The numeric metrics' fine-bin counts, 16-bit and laid out [metric, bin, scenario] for the same reason as
        /// <see cref="Histogram"/>: the cells' [scenario, metric, bin] counts are 64-bit and each scenario's 2,000
        /// bins of a metric sit 16 KB from the next scenario's (5 MB in all on the default batch), so nearly every
        /// replication's count was a cache miss; the pending counts take 1.3 MB, and a world's scenarios that land
        /// in the same bin share a cache line. A replication adds at most one count to a scenario's metric.
        /// </summary>
        public ushort[] NumericHistogram { get; } = new ushort[scenarios * AggregateLayout.NumericCount * AggregateLayout.NumericBins];

        /// <summary>Something was added since the last settle.</summary>
        public bool Pending { get; private set; }

        /// <summary>The pending cells, ready for additions (zeroed first if they were settled).</summary>
        public PendingCells Take()
        {
            if (_settled)
            {
                Clear();
            }

            return this;
        }

        /// <summary>Some replication of <paramref name="scenario"/> was constant from <paramref name="month"/> on.</summary>
        public bool HeldAt(int scenario, int month) => _heldAt[(scenario * months) + month];

        /// <summary>Counts one replication of <paramref name="scenario"/>; true when the pending cells must be added now.</summary>
        public bool Added(int scenario)
        {
            Pending = true;
            return ++_added[scenario] == ushort.MaxValue;
        }

        /// <summary>Records a held row at (<paramref name="scenario"/>, <paramref name="month"/>).</summary>
        public void Held(int scenario, int month) => _heldAt[(scenario * months) + month] = true;

        /// <summary>Everything pending is now in the cells (or dropped): zero the arrays before the next addition.</summary>
        public void Settled()
        {
            Pending = false;
            _settled = true;
        }

        private void Clear()
        {
            Array.Clear(Sum);
            Array.Clear(Histogram);
            Array.Clear(NumericHistogram);
            var rowCells = AggregateLayout.VariableCount;
            for (var row = 0; row < _heldAt.Length; row++)
            {
                if (_heldAt[row])
                {
                    // Row (scenario, month) of the held arrays, which share the trajectory cells' layout.
                    HeldSum.AsSpan(row * rowCells, rowCells).Clear();
                    HeldHistogram.AsSpan(row * rowCells * AggregateLayout.TrajectoryBins, rowCells * AggregateLayout.TrajectoryBins).Clear();
                }
            }

            Array.Clear(_heldAt);
            Array.Clear(_added);
            _settled = false;
        }
    }
}
