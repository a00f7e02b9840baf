using System.Runtime.CompilerServices;

namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// Peeling: the box's members are a mask over the points, with per dimension a cursor from each end of its
/// order past the points no longer in the box. A peel of alpha from one side needs the box's values sorted
/// only up to the cut, so it walks the dimension's order from that side's cursor, skipping points outside the
/// box, and counts what it would exclude; only the chosen peel changes the mask.
/// </summary>
internal sealed partial class PrimSearch
{
    // Per point: InBox while it is in the box being peeled, and Case for the cases of interest (one read of
    // this mask serves both while walking an order).
    private const byte InBox = 1;
    private const byte Case = 2;

    private readonly byte[] _box;
    private readonly int[] _lowCursor;
    private readonly int[] _highCursor;
    private readonly List<Peeling> _peels = [];
    private readonly List<(int Count, double Density)> _trajectory = [];
    private int _boxCount;
    private int _boxCases;

    /// <summary>
    /// Peels on the <paramref name="allowed"/> dimensions down to <paramref name="minCount"/> points, picks from
    /// that trajectory the first box whose density is within two standard errors of the best, and pastes it.
    /// </summary>
    public (double[] Lo, double[] Hi) Fit(bool[] allowed, double alpha, int minCount)
    {
        for (var i = 0; i < _n; i++)
        {
            _box[i] = (byte)((_active[i] ? InBox : 0) | (_y[i] ? Case : 0));
        }

        Array.Fill(_lowCursor, 0);
        Array.Fill(_highCursor, _n - 1);
        _boxCount = ActiveCount;
        _boxCases = ActiveCases;
        _peels.Clear();
        _trajectory.Clear();
        _trajectory.Add((_boxCount, Density(_boxCount, _boxCases)));
        while (Peel(allowed, alpha, minCount) is { } peel)
        {
            _peels.Add(peel);
            _trajectory.Add((_boxCount, Density(_boxCount, _boxCases)));
        }

        var best = _trajectory[0];
        foreach (var step in _trajectory)
        {
            if (step.Density > best.Density)
            {
                best = step;
            }
        }

        var tolerance = 2 * Math.Sqrt(best.Density * (1 - best.Density) / best.Count);
        var chosen = 0;
        while (_trajectory[chosen].Density < best.Density - tolerance)
        {
            chosen++;
        }

        var lo = new double[Dimensions];
        var hi = new double[Dimensions];
        Array.Fill(lo, double.NegativeInfinity);
        Array.Fill(hi, double.PositiveInfinity);
        for (var k = 0; k < chosen; k++)
        {
            (_peels[k].Upper ? hi : lo)[_peels[k].Dim] = _peels[k].Bound;
        }

        Paste(lo, hi, alpha);
        return (lo, hi);
    }

    // The peel that leaves the highest density (ties to the lower dimension, then the lower side), applied to
    // the box; null when no side of any allowed dimension can be peeled keeping minCount points.
    // Fully optimised from the first call: a run calls PRIM only a few times, so tiered compilation would run
    // much of the work in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Peeling? Peel(bool[] allowed, double alpha, int minCount)
    {
        var cut = Math.Max(0, (int)Math.Floor(alpha * _boxCount));
        Peeling? best = null;
        var bestScore = 0.0;
        var bestExcluded = 0;
        for (var d = 0; d < Dimensions; d++)
        {
            if (!allowed[d] || !Spread(d))
            {
                continue;
            }

            for (var side = 0; side < 2; side++)
            {
                var upper = side == 1;
                var (bound, excluded, excludedCases) = Walk(d, cut, upper);
                if (double.IsNaN(bound))
                {
                    continue;
                }

                var (nans, nanCases) = upper ? NansInBox(d, false) : (0, 0);
                var kept = _boxCount - excluded - nans;
                if (kept < minCount || kept == _boxCount)
                {
                    continue;
                }

                var score = (_boxCases - excludedCases - nanCases) / (double)kept;
                if (best is null || score > bestScore + 1e-12)
                {
                    (best, bestScore, bestExcluded) = (new Peeling(d, upper, bound), score, excluded);
                }
            }
        }

        if (best is { } chosen)
        {
            Exclude(chosen, bestExcluded);
        }

        return best;
    }

    // Advances d's cursors to the box's lowest and highest points on d; false when all its values in the box
    // are equal (or all NaN), so that neither side can be peeled.
    private bool Spread(int d)
    {
        var order = _order[d];
        var low = NextInBox(order, _lowCursor[d], 1);
        var high = NextInBox(order, _highCursor[d], -1);
        (_lowCursor[d], _highCursor[d]) = (low, high);
        var lowest = _columns[d][order[low]];
        var highest = _columns[d][order[high]];
        return lowest != highest && !double.IsNaN(highest);
    }

    // The peel of dimension d from one side, as if the box's values were sorted: with v the values in the box
    // in order from that side and cut = floor(alpha * count), the bound is v[cut], or when that equals v[0]
    // the first value different from v[0]; the points excluded are those before the bound's run of equal
    // values. Returns the bound (NaN when there is none or it is NaN) and the excluded points and cases; on the
    // upper side the NaNs in the box (which no bound keeps) are counted separately. Where the values change
    // comes from the run starts, so only the edge and the bound are read.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Bound, int Excluded, int ExcludedCases) Walk(int d, int cut, bool upper)
    {
        var order = _order[d];
        var runStarts = _runStarts[d];
        var step = upper ? -1 : 1;
        var p = upper ? _highCursor[d] : _lowCursor[d];
        var tied = !double.IsNaN(_columns[d][order[p]]); // whether v[k] equals v[0] (NaN equals nothing)
        var runStart = 0;
        var runStartCases = 0;
        var cases = 0;
        for (var k = 0; ; k++)
        {
            // At the cut, v[k] is v[cut]; past it (v[cut] equal to v[0]) the first value different from v[0].
            if (k >= cut && !tied)
            {
                return (_columns[d][order[p]], runStart, runStartCases);
            }

            cases += _box[order[p]] >> 1;
            var changes = false;
            do
            {
                changes |= ValueOrder.StartsRun(runStarts, upper ? p : p + 1);
                p += step;
            }
            while ((_box[order[p]] & InBox) == 0);

            if (changes)
            {
                (runStart, runStartCases, tied) = (k + 1, cases, false);
            }
        }
    }

    // The NaN points in the box on d (they lead d's order), and the cases among them; optionally removes them.
    private (int Count, int Cases) NansInBox(int d, bool remove)
    {
        var order = _order[d];
        var count = 0;
        var cases = 0;
        for (var p = _lowCursor[d]; p < _nanCount[d]; p++)
        {
            var i = order[p];
            if ((_box[i] & InBox) != 0)
            {
                count++;
                cases += _box[i] >> 1;
                _box[i] = (byte)(remove ? _box[i] & Case : _box[i]);
            }
        }

        return (count, cases);
    }

    // Removes from the box the first excluded points on the peel's side (and on the upper side the NaNs).
    private void Exclude(Peeling peel, int excluded)
    {
        var order = _order[peel.Dim];
        var step = peel.Upper ? -1 : 1;
        var p = peel.Upper ? _highCursor[peel.Dim] : _lowCursor[peel.Dim];
        var cases = 0;
        for (var k = 0; k < excluded; k++)
        {
            p = NextInBox(order, p, step);
            cases += _box[order[p]] >> 1;
            _box[order[p]] &= Case;
        }

        var (nans, nanCases) = peel.Upper ? NansInBox(peel.Dim, true) : (0, 0);
        _boxCount -= excluded + nans;
        _boxCases -= cases + nanCases;
    }

    // The first position from p on (in the direction of step) whose point is in the box; there always is one.
    private int NextInBox(int[] order, int p, int step)
    {
        while ((_box[order[p]] & InBox) == 0)
        {
            p += step;
        }

        return p;
    }

    private readonly record struct Peeling(int Dim, bool Upper, double Bound);
}
