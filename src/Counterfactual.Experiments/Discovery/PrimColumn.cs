namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// One dimension of PRIM's points, sorted: point i's value is <c>Values[Map[i]]</c> (<c>Values[i]</c> without a
/// map), and <see cref="Order"/> lists the points as <see cref="ValueOrder.Sort"/> orders them (ascending, NaN
/// first, -0 equal to +0, ties by point index), with its NaN count and run starts. A claim with many pairs has
/// one point per world and pair, whose parameter values are the world's: its parameter columns map points to
/// the worlds' values, sorted once per run, instead of holding and sorting every point's copy.
/// </summary>
internal sealed class PrimColumn
{
    private PrimColumn(double[] values, int[]? map, int[] order, int nanCount, ulong[] runStarts)
    {
        Values = values;
        Map = map;
        Order = order;
        NanCount = nanCount;
        RunStarts = runStarts;
    }

    /// <summary>The distinct sources of the points' values.</summary>
    public double[] Values { get; }

    /// <summary>Point to index in <see cref="Values"/>; null when point i's value is Values[i].</summary>
    public int[]? Map { get; }

    /// <summary>The points in order of their values.</summary>
    public int[] Order { get; }

    /// <summary>The NaN points, which lead <see cref="Order"/>.</summary>
    public int NanCount { get; }

    /// <summary>Bit p set where position p's value differs from position p-1's (as == sees it), and at 0.</summary>
    public ulong[] RunStarts { get; }

    /// <summary>The number of points.</summary>
    public int Count => Order.Length;

    /// <summary>Point <paramref name="point"/>'s value.</summary>
    public double this[int point] => Map is null ? Values[point] : Values[Map[point]];

    /// <summary>A column of the points' own values (<paramref name="values"/>[i] is point i's), sorted by <paramref name="sorter"/> (sized for them).</summary>
    public static PrimColumn Sorted(double[] values, ValueOrder sorter)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(sorter);
        var order = sorter.Sort(values, out var nanCount, out var runStarts);
        return new PrimColumn(values, null, order, nanCount, runStarts);
    }

    /// <summary>
    /// The column of points whose values are <paramref name="sources"/>' values through <paramref name="map"/>, which
    /// must not decrease (the points of one source are consecutive): the sources' order with each source replaced by
    /// its points, which is the order sorting the points' values would give (equal values by point index, as the
    /// points of a source come after those of every source before it in index order). Sources without points are
    /// skipped; run starts compare each point's value with the one before it in the new order.
    /// </summary>
    public static PrimColumn Expanded(PrimColumn sources, int[] map)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(map);
        if (sources.Map is not null)
        {
            throw new ArgumentException("The sources must be a column of their own values.", nameof(sources));
        }

        var count = sources.Values.Length;
        var first = new int[count + 1];
        for (var i = 0; i < map.Length; i++)
        {
            if (i > 0 && map[i] < map[i - 1])
            {
                throw new ArgumentException("The map must not decrease.", nameof(map));
            }

            first[map[i] + 1]++;
        }

        for (var s = 0; s < count; s++)
        {
            first[s + 1] += first[s];
        }

        var values = sources.Values;
        var order = new int[map.Length];
        var runStarts = new ulong[(map.Length + 63) >> 6];
        var nanCount = 0;
        var p = 0;
        var previous = double.NaN;
        foreach (var source in sources.Order)
        {
            var value = values[source];
            for (var point = first[source]; point < first[source + 1]; point++, p++)
            {
                order[p] = point;
                if (p == 0 || !(value == previous))
                {
                    runStarts[p >> 6] |= 1UL << (p & 63);
                }

                nanCount += double.IsNaN(value) ? 1 : 0;
                previous = value;
            }
        }

        return new PrimColumn(values, map, order, nanCount, runStarts);
    }

    /// <summary>
    /// The spread of the points' values as <c>Enumerable.Max - Enumerable.Min</c> over them gives it: NaN when any
    /// value is NaN (Min returns it), 0 without points.
    /// </summary>
    public double Range()
    {
        if (Count == 0)
        {
            return 0;
        }

        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < Count; i++)
        {
            var v = this[i];
            if (double.IsNaN(v))
            {
                return double.NaN;
            }

            min = v < min ? v : min;
            max = v > max ? v : max;
        }

        return max - min;
    }
}
