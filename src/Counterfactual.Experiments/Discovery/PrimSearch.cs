namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// The working state of one <see cref="Prim.FindSorted"/>:
/// every dimension's points sorted once by value (<see cref="PrimColumn"/>), which points are still active (not
/// covered by an earlier box), and scratch arrays that every peel, paste and simplification reuses. A box's
/// outside on one dimension is then two runs of that dimension's order (below the low bound, above the high
/// one), found by binary search, so counting a box's members costs a pass over the points plus the points
/// outside it, not points times dimensions.
/// </summary>
internal sealed partial class PrimSearch
{
    private readonly PrimColumn[] _columns;
    private readonly bool[] _y;
    private readonly int _n;
    private readonly int[][] _order;
    private readonly int[] _nanCount;
    private readonly ulong[][] _runStarts;
    private readonly bool[] _active;

    // Per point, after CountViolations: how many dimensions' bounds it violates, and the sum of those
    // dimensions (so the dimension itself when it violates exactly one).
    private readonly int[] _violated;
    private readonly int[] _violatedSum;

    /// <summary>The points of <paramref name="columns"/> (each sorted, one per dimension) with cases <paramref name="y"/>; all points start active.</summary>
    public PrimSearch(PrimColumn[] columns, bool[] y)
    {
        _columns = columns;
        _y = y;
        _n = y.Length;
        _order = new int[columns.Length][];
        _nanCount = new int[columns.Length];
        _runStarts = new ulong[columns.Length][];
        for (var d = 0; d < columns.Length; d++)
        {
            if (columns[d].Count != _n)
            {
                throw new ArgumentException($"Dimension {d} has {columns[d].Count} points, not {_n}.", nameof(columns));
            }

            (_order[d], _nanCount[d], _runStarts[d]) = (columns[d].Order, columns[d].NanCount, columns[d].RunStarts);
        }

        _active = new bool[_n];
        Array.Fill(_active, true);
        ActiveCount = _n;
        for (var i = 0; i < _n; i++)
        {
            ActiveCases += y[i] ? 1 : 0;
        }

        _violated = new int[_n];
        _violatedSum = new int[_n];
        _box = new byte[_n];
        _lowCursor = new int[columns.Length];
        _highCursor = new int[columns.Length];
        _candidates = new int[_n];
    }

    /// <summary>Points not covered by an earlier box.</summary>
    public int ActiveCount { get; private set; }

    /// <summary>Cases of interest among the active points.</summary>
    public int ActiveCases { get; private set; }

    private int Dimensions => _columns.Length;

    /// <summary>The active points inside the box [<paramref name="lo"/>, <paramref name="hi"/>], and the cases among them.</summary>
    public (int Count, int Cases) Inside(double[] lo, double[] hi)
    {
        CountViolations(lo, hi);
        return CountInside();
    }

    /// <summary>Deactivates the active points inside the box, so the next boxes are searched outside it.</summary>
    public void Cover(double[] lo, double[] hi)
    {
        CountViolations(lo, hi);
        for (var i = 0; i < _n; i++)
        {
            if (_active[i] && _violated[i] == 0)
            {
                _active[i] = false;
                ActiveCount--;
                ActiveCases -= _y[i] ? 1 : 0;
            }
        }
    }

    private static double Density(int count, int cases) => count == 0 ? 0 : cases / (double)count;

    private static bool Restricts(double[] lo, double[] hi, int d) => double.IsFinite(lo[d]) || double.IsFinite(hi[d]);

    // The active points that violate no bound (after CountViolations), and the cases among them.
    private (int Count, int Cases) CountInside()
    {
        var count = 0;
        var cases = 0;
        for (var i = 0; i < _n; i++)
        {
            if (_active[i] && _violated[i] == 0)
            {
                count++;
                cases += _y[i] ? 1 : 0;
            }
        }

        return (count, cases);
    }

    private void CountViolations(double[] lo, double[] hi)
    {
        Array.Clear(_violated);
        Array.Clear(_violatedSum);
        for (var d = 0; d < Dimensions; d++)
        {
            AddViolations(d, lo[d], hi[d], 1);
        }
    }

    // Adds sign to the violation count of every point outside [low, high] on dimension d (and sign * d to its
    // sum). Since low <= high, a point is outside on at most one side.
    private void AddViolations(int d, double low, double high, int sign)
    {
        var order = _order[d];
        var (belowEnd, aboveStart) = Outside(d, low, high);
        for (var p = _nanCount[d]; p < belowEnd; p++)
        {
            _violated[order[p]] += sign;
            _violatedSum[order[p]] += sign * d;
        }

        for (var p = aboveStart; p < _n; p++)
        {
            _violated[order[p]] += sign;
            _violatedSum[order[p]] += sign * d;
        }
    }

    // The active points outside [low, high] on dimension d.
    private int CountOutside(int d, double low, double high)
    {
        var order = _order[d];
        var (belowEnd, aboveStart) = Outside(d, low, high);
        var count = 0;
        for (var p = _nanCount[d]; p < belowEnd; p++)
        {
            count += _active[order[p]] ? 1 : 0;
        }

        for (var p = aboveStart; p < _n; p++)
        {
            count += _active[order[p]] ? 1 : 0;
        }

        return count;
    }

    // Dimension d's order outside [low, high]: positions from the NaNs' end to BelowEnd hold values below low,
    // positions from AboveStart to the end values above high (NaN is neither).
    private (int BelowEnd, int AboveStart) Outside(int d, double low, double high) =>
        (FirstPosition(d, low, false), FirstPosition(d, high, true));

    // The first position after the NaNs whose value is at least bound (strict: above bound), or n.
    private int FirstPosition(int d, double bound, bool strict)
    {
        var order = _order[d];
        var values = _columns[d];
        var low = _nanCount[d];
        var high = _n;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var v = values[order[middle]];
            if (strict ? v > bound : v >= bound)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
