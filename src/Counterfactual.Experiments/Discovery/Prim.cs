namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant and Lempert
/// 2010): peel the box by the share alpha of its points from one side of one dimension, always the peel that
/// leaves the highest density, down to the minimum support; pick from that trajectory the first (largest) box
/// whose density is within two standard errors of the best; paste back slices that raise the density; then
/// cover (drop the box's points) and search again for the next box. Deterministic: ties go to the lower
/// dimension, then the lower side.
/// </summary>
public static class Prim
{
    /// <summary>Finds up to <paramref name="maxBoxes"/> boxes where <paramref name="y"/> is true.</summary>
    /// <param name="x">x[d][i]: dimension d of point i.</param>
    /// <param name="y">The case of interest per point.</param>
    /// <param name="alpha">Peeling share, e.g. 0.05.</param>
    /// <param name="minSupport">Smallest share of all points a box may hold.</param>
    /// <param name="maxBoxes">Most boxes.</param>
    public static List<PrimBox> Find(double[][] x, bool[] y, double alpha, double minSupport, int maxBoxes)
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
        for (var b = 0; b < maxBoxes && active.Any(i => y[i]); b++)
        {
            var lo = Enumerable.Repeat(double.NegativeInfinity, dims).ToArray();
            var hi = Enumerable.Repeat(double.PositiveInfinity, dims).ToArray();
            var trajectory = new List<(double[] Lo, double[] Hi, int Count, double Density)> { ((double[])lo.Clone(), (double[])hi.Clone(), active.Count, Density(active, y)) };
            var inBox = active;
            while (Peel(x, y, inBox, lo, hi, alpha, minCount) is { } kept)
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
            var members = active.Where(i => Inside(x, i, lo, hi)).ToList();
            var cases = members.Count(i => y[i]);
            var density = members.Count == 0 ? 0 : cases / (double)members.Count;
            if (!Enumerable.Range(0, dims).Any(d => double.IsFinite(lo[d]) || double.IsFinite(hi[d])) || density <= baseRate)
            {
                break;
            }

            boxes.Add(new PrimBox(lo, hi, cases / (double)totalCases, density, members.Count / (double)n));
            var covered = members.ToHashSet();
            active = [.. active.Where(i => !covered.Contains(i))];
        }

        return boxes;
    }

    private static List<int>? Peel(double[][] x, bool[] y, List<int> inBox, double[] lo, double[] hi, double alpha, int minCount)
    {
        (double Score, int Dim, bool Upper, double Bound, List<int> Kept)? best = null;
        for (var d = 0; d < x.Length; d++)
        {
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
