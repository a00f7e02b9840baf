namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant and Lempert
/// 2010): peel the box by the share alpha of its points from one side of one dimension, always the peel that
/// leaves the highest density, down to the minimum support; pick from that trajectory the first (largest) box
/// whose density is within two standard errors of the best; paste back slices that raise the density; then
/// cover (drop the box's points) and search again for the next box. Deterministic: ties go to the lower
/// dimension, then the lower side. Plain PRIM on many dimensions trims nearly every one of them a little; with
/// a <see cref="PrimSimplification"/> each box is cut back to the few restrictions that matter and refitted on
/// them before it is reported.
/// </summary>
public static class Prim
{
    /// <summary>Finds up to <paramref name="maxBoxes"/> boxes where <paramref name="y"/> is true, without simplification (every dimension PRIM trims stays restricted).</summary>
    /// <param name="x">x[d][i]: dimension d of point i.</param>
    /// <param name="y">The case of interest per point.</param>
    /// <param name="alpha">Peeling share, e.g. 0.05.</param>
    /// <param name="minSupport">Smallest share of all points a box may hold.</param>
    /// <param name="maxBoxes">Most boxes.</param>
    public static List<PrimBox> Find(double[][] x, bool[] y, double alpha, double minSupport, int maxBoxes) =>
        Find(x, y, alpha, minSupport, maxBoxes, null);

    /// <summary>
    /// Finds up to <paramref name="maxBoxes"/> boxes where <paramref name="y"/> is true. With
    /// <paramref name="simplify"/>, each box is simplified (<see cref="PrimSimplification"/>), then refitted by
    /// PRIM on only the dimensions it keeps (the refit is kept if its density is at least the simplified box's),
    /// and a box whose density does not clearly beat the base rate is not reported and ends the search.
    /// </summary>
    /// <param name="x">x[d][i]: dimension d of point i.</param>
    /// <param name="y">The case of interest per point.</param>
    /// <param name="alpha">Peeling share, e.g. 0.05.</param>
    /// <param name="minSupport">Smallest share of all points a box may hold.</param>
    /// <param name="maxBoxes">Most boxes.</param>
    /// <param name="simplify">How to simplify each box, or null for plain PRIM.</param>
    public static List<PrimBox> Find(double[][] x, bool[] y, double alpha, double minSupport, int maxBoxes, PrimSimplification? simplify)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length == 0 || x.Length == 0 || Array.IndexOf(y, true) < 0)
        {
            return [];
        }

        var sorter = new ValueOrder(y.Length);
        return FindSorted([.. x.Select(values => PrimColumn.Sorted(values, sorter))], y, alpha, minSupport, maxBoxes, simplify);
    }

    /// <summary>
    /// <see cref="Find(double[][], bool[], double, double, int, PrimSimplification?)"/> over dimensions already
    /// sorted (<see cref="PrimColumn"/>, which may share their values and orders with other searches).
    /// </summary>
    internal static List<PrimBox> FindSorted(PrimColumn[] columns, bool[] y, double alpha, double minSupport, int maxBoxes, PrimSimplification? simplify)
    {
        var n = y.Length;
        var dims = columns.Length;
        var boxes = new List<PrimBox>();
        var totalCases = 0;
        foreach (var v in y)
        {
            totalCases += v ? 1 : 0;
        }

        if (n == 0 || totalCases == 0 || dims == 0)
        {
            return boxes;
        }

        var baseRate = totalCases / (double)n;
        var search = new PrimSearch(columns, y);
        var minCount = Math.Max(2, (int)Math.Ceiling(minSupport * n));
        var all = new bool[dims];
        Array.Fill(all, true);
        for (var b = 0; b < maxBoxes && search.ActiveCases > 0; b++)
        {
            var (lo, hi) = search.Fit(all, alpha, minCount);
            if (simplify is { } s)
            {
                var kept = search.Simplify(lo, hi, s);
                if (Array.IndexOf(kept, true) >= 0)
                {
                    var before = Density(search.Inside(lo, hi));
                    var (rlo, rhi) = search.Fit(kept, alpha, minCount);
                    search.Simplify(rlo, rhi, s);
                    if (Density(search.Inside(rlo, rhi)) >= before)
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

            var (count, cases) = search.Inside(lo, hi);
            var density = Density((count, cases));
            if (!Restricts(lo, hi) || density <= baseRate)
            {
                break;
            }

            if (simplify is { } t && !BeatsBaseRate(cases, count, baseRate, t.MinLift))
            {
                break;
            }

            boxes.Add(new PrimBox(lo, hi, cases / (double)totalCases, density, count / (double)n));
            search.Cover(lo, hi);
        }

        return boxes;
    }

    /// <summary>
    /// Whether a box's density clearly beats the base rate: at least <paramref name="minLift"/> times it, and the
    /// Wilson 95% lower bound of the density above it.
    /// </summary>
    internal static bool BeatsBaseRate(int cases, int count, double baseRate, double minLift)
    {
        if (count == 0)
        {
            return false;
        }

        var p = cases / (double)count;
        const double z = 1.959963984540054;
        var centre = p + (z * z / (2 * count));
        var spread = z * Math.Sqrt((p * (1 - p) / count) + (z * z / (4.0 * count * count)));
        var low = (centre - spread) / (1 + (z * z / count));
        return p >= minLift * baseRate && low > baseRate;
    }

    private static double Density((int Count, int Cases) members) => members.Count == 0 ? 0 : members.Cases / (double)members.Count;

    private static bool Restricts(double[] lo, double[] hi)
    {
        for (var d = 0; d < lo.Length; d++)
        {
            if (double.IsFinite(lo[d]) || double.IsFinite(hi[d]))
            {
                return true;
            }
        }

        return false;
    }
}
