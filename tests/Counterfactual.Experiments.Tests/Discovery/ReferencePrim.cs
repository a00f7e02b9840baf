using Counterfactual.Experiments.Discovery;

namespace Counterfactual.Experiments.Tests.Discovery;

/// <summary>
/// TEST ORACLE, not production code: a verbatim copy of <see cref="Prim"/> as it was before it was made fast
/// (commit a0fd4eb), straightforward and slow (LINQ, a sort of the box's values per dimension per peel). The
/// equivalence tests require the fast <see cref="Prim.Find(double[][], bool[], double, double, int, PrimSimplification?)"/>
/// to return exactly the boxes this returns. Do not optimise or "fix" it: it defines the expected result.
/// </summary>
internal static class ReferencePrim
{
    public static List<PrimBox> Find(double[][] x, bool[] y, double alpha, double minSupport, int maxBoxes, PrimSimplification? simplify)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var n = y.Length;
        var dims = x.Length;
        var boxes = new List<PrimBox>();
        var totalCases = y.Count(v => v);
        if (n == 0 || totalCases == 0 || dims == 0)
        {
            return boxes;
        }

        var baseRate = totalCases / (double)n;
        var active = Enumerable.Range(0, n).ToList();
        var minCount = Math.Max(2, (int)Math.Ceiling(minSupport * n));
        var all = Enumerable.Repeat(true, dims).ToArray();
        for (var b = 0; b < maxBoxes && active.Any(i => y[i]); b++)
        {
            var (lo, hi) = Fit(x, y, active, all, alpha, minCount);
            if (simplify is { } s)
            {
                var kept = Simplify(x, y, active, lo, hi, s);
                if (kept.Any(k => k))
                {
                    var before = Density(active.Where(i => Inside(x, i, lo, hi)).ToList(), y);
                    var (rlo, rhi) = Fit(x, y, active, kept, alpha, minCount);
                    Simplify(x, y, active, rlo, rhi, s);
                    if (Density(active.Where(i => Inside(x, i, rlo, rhi)).ToList(), y) >= before)
                    {
                        (lo, hi) = (rlo, rhi);
                    }
                }
                else
                {
                    Array.Fill(lo, double.NegativeInfinity);
                    Array.Fill(hi, double.PositiveInfinity);
                }
            }

            var members = active.Where(i => Inside(x, i, lo, hi)).ToList();
            var cases = members.Count(i => y[i]);
            var density = members.Count == 0 ? 0 : cases / (double)members.Count;
            if (!Enumerable.Range(0, dims).Any(d => double.IsFinite(lo[d]) || double.IsFinite(hi[d])) || density <= baseRate)
            {
                break;
            }

            if (simplify is { } t && !Prim.BeatsBaseRate(cases, members.Count, baseRate, t.MinLift))
            {
                break;
            }

            boxes.Add(new PrimBox(lo, hi, cases / (double)totalCases, density, members.Count / (double)n));
            var covered = members.ToHashSet();
            active = [.. active.Where(i => !covered.Contains(i))];
        }

        return boxes;
    }

    // Peel on the allowed dimensions down to the minimum support, choose from the trajectory, paste back.
    private static (double[] Lo, double[] Hi) Fit(double[][] x, bool[] y, List<int> active, bool[] allowed, double alpha, int minCount)
    {
        var dims = x.Length;
        var lo = Enumerable.Repeat(double.NegativeInfinity, dims).ToArray();
        var hi = Enumerable.Repeat(double.PositiveInfinity, dims).ToArray();
        var trajectory = new List<(double[] Lo, double[] Hi, int Count, double Density)> { ((double[])lo.Clone(), (double[])hi.Clone(), active.Count, Density(active, y)) };
        var inBox = active;
        while (Peel(x, y, inBox, lo, hi, allowed, alpha, minCount) is { } kept)
        {
            inBox = kept;
            trajectory.Add(((double[])lo.Clone(), (double[])hi.Clone(), inBox.Count, Density(inBox, y)));
        }

        var best = trajectory.MaxBy(t => t.Density);
        var tolerance = 2 * Math.Sqrt(best.Density * (1 - best.Density) / best.Count);
        var chosen = trajectory.First(t => t.Density >= best.Density - tolerance);
        lo = chosen.Lo;
        hi = chosen.Hi;
        Paste(x, y, active, lo, hi, alpha);
        return (lo, hi);
    }

    /// <summary>
    /// Simplifies the box in place and returns the dimensions it still restricts. First every restriction that
    /// excludes less than <see cref="PrimSimplification.MinExcludedShare"/> of the active points' marginal mass
    /// on its own dimension is dropped (it is not material). Then, greedily, the restriction whose removal lowers
    /// the density least is dropped while the density stays at least <see cref="PrimSimplification.DensityShare"/>
    /// of the box's density before simplification, and regardless while more than
    /// <see cref="PrimSimplification.MaxDimensions"/> are restricted. Dropping a restriction only enlarges the
    /// box, so coverage never falls. Ties go to the higher dimension (the later one is dropped first).
    /// </summary>
    private static bool[] Simplify(double[][] x, bool[] y, List<int> active, double[] lo, double[] hi, PrimSimplification options)
    {
        var dims = x.Length;
        var reference = Density(active.Where(i => Inside(x, i, lo, hi)).ToList(), y);
        var restricted = Enumerable.Range(0, dims).Where(d => double.IsFinite(lo[d]) || double.IsFinite(hi[d])).ToList();
        foreach (var d in restricted.ToList())
        {
            var excluded = active.Count(i => x[d][i] < lo[d] || x[d][i] > hi[d]) / (double)Math.Max(1, active.Count);
            if (excluded < options.MinExcludedShare)
            {
                Drop(d);
            }
        }

        while (restricted.Count > 0)
        {
            // Per point: how many restrictions it violates, and the last one it violates.
            var inside = 0;
            var cases = 0;
            var addedCount = new int[dims];
            var addedCases = new int[dims];
            foreach (var i in active)
            {
                var violations = 0;
                var last = -1;
                foreach (var d in restricted)
                {
                    if (x[d][i] < lo[d] || x[d][i] > hi[d])
                    {
                        violations++;
                        last = d;
                        if (violations > 1)
                        {
                            break;
                        }
                    }
                }

                if (violations == 0)
                {
                    inside++;
                    cases += y[i] ? 1 : 0;
                }
                else if (violations == 1)
                {
                    addedCount[last]++;
                    addedCases[last] += y[i] ? 1 : 0;
                }
            }

            var bestDim = -1;
            var bestDensity = double.NegativeInfinity;
            foreach (var d in restricted)
            {
                var count = inside + addedCount[d];
                var density = count == 0 ? 0 : (cases + addedCases[d]) / (double)count;
                if (density >= bestDensity - 1e-12)
                {
                    bestDensity = density;
                    bestDim = d;
                }
            }

            if (restricted.Count <= options.MaxDimensions && bestDensity < options.DensityShare * reference)
            {
                break;
            }

            Drop(bestDim);
        }

        var kept = new bool[dims];
        restricted.ForEach(d => kept[d] = true);
        return kept;

        void Drop(int d)
        {
            lo[d] = double.NegativeInfinity;
            hi[d] = double.PositiveInfinity;
            restricted.Remove(d);
        }
    }

    private static List<int>? Peel(double[][] x, bool[] y, List<int> inBox, double[] lo, double[] hi, bool[] allowed, double alpha, int minCount)
    {
        (double Score, int Dim, bool Upper, double Bound, List<int> Kept)? best = null;
        for (var d = 0; d < x.Length; d++)
        {
            if (!allowed[d])
            {
                continue;
            }

            var values = inBox.Select(i => x[d][i]).Order().ToArray();
            var m = values.Length;
            var cut = Math.Max(0, (int)Math.Floor(alpha * m));
            for (var side = 0; side < 2; side++)
            {
                var upper = side == 1;
                double bound;
                if (!upper)
                {
                    bound = values[cut];
                    if (bound == values[0])
                    {
                        bound = values.FirstOrDefault(v => v > values[0], double.NaN);
                    }
                }
                else
                {
                    bound = values[m - 1 - cut];
                    if (bound == values[^1])
                    {
                        bound = values.LastOrDefault(v => v < values[^1], double.NaN);
                    }
                }

                if (double.IsNaN(bound))
                {
                    continue;
                }

                var kept = inBox.Where(i => upper ? x[d][i] <= bound : x[d][i] >= bound).ToList();
                if (kept.Count < minCount || kept.Count == inBox.Count)
                {
                    continue;
                }

                var score = Density(kept, y);
                if (best is null || score > best.Value.Score + 1e-12)
                {
                    best = (score, d, upper, bound, kept);
                }
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        if (chosen.Upper)
        {
            hi[chosen.Dim] = chosen.Bound;
        }
        else
        {
            lo[chosen.Dim] = chosen.Bound;
        }

        return chosen.Kept;
    }

    private static void Paste(double[][] x, bool[] y, List<int> active, double[] lo, double[] hi, double alpha)
    {
        while (true)
        {
            var members = active.Where(i => Inside(x, i, lo, hi)).ToList();
            var current = Density(members, y);
            var step = Math.Max(1, (int)Math.Ceiling(alpha * members.Count));
            (double Score, int Dim, bool Upper, double Bound)? best = null;
            for (var d = 0; d < x.Length; d++)
            {
                for (var side = 0; side < 2; side++)
                {
                    var upper = side == 1;
                    if (upper ? !double.IsFinite(hi[d]) : !double.IsFinite(lo[d]))
                    {
                        continue;
                    }

                    // Points just outside this side that satisfy every other bound.
                    var outside = active.Where(i => (upper ? x[d][i] > hi[d] : x[d][i] < lo[d]) && InsideExcept(x, i, lo, hi, d)).ToList();
                    if (outside.Count == 0)
                    {
                        continue;
                    }

                    var ordered = upper ? outside.OrderBy(i => x[d][i]).ToList() : outside.OrderByDescending(i => x[d][i]).ToList();
                    var take = Math.Min(step, ordered.Count);
                    var bound = x[d][ordered[take - 1]];
                    var added = ordered.Where(i => upper ? x[d][i] <= bound : x[d][i] >= bound).ToList();
                    var score = (members.Count(i => y[i]) + added.Count(i => y[i])) / (double)(members.Count + added.Count);
                    if (score > current + 1e-12 && (best is null || score > best.Value.Score + 1e-12))
                    {
                        best = (score, d, upper, take == ordered.Count ? double.PositiveInfinity : bound);
                    }
                }
            }

            if (best is not { } chosen)
            {
                return;
            }

            if (chosen.Upper)
            {
                hi[chosen.Dim] = chosen.Bound;
            }
            else
            {
                lo[chosen.Dim] = double.IsPositiveInfinity(chosen.Bound) ? double.NegativeInfinity : chosen.Bound;
            }
        }
    }

    private static bool Inside(double[][] x, int i, double[] lo, double[] hi) => InsideExcept(x, i, lo, hi, -1);

    private static bool InsideExcept(double[][] x, int i, double[] lo, double[] hi, int skip)
    {
        for (var d = 0; d < x.Length; d++)
        {
            if (d != skip && (x[d][i] < lo[d] || x[d][i] > hi[d]))
            {
                return false;
            }
        }

        return true;
    }

    private static double Density(List<int> members, bool[] y) => members.Count == 0 ? 0 : members.Count(i => y[i]) / (double)members.Count;
}
