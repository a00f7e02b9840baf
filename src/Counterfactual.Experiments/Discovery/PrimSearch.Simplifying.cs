namespace Counterfactual.Experiments.Discovery;

/// <summary>Simplification of a box (<see cref="PrimSimplification"/>).</summary>
internal sealed partial class PrimSearch
{
    /// <summary>
    /// Simplifies the box in place and returns the dimensions it still restricts. First every restriction that
    /// excludes less than <see cref="PrimSimplification.MinExcludedShare"/> of the active points' marginal mass
    /// on its own dimension is dropped (it is not material). Then, greedily, the restriction whose removal lowers
    /// the density least is dropped while the density stays at least <see cref="PrimSimplification.DensityShare"/>
    /// of the box's density before simplification, and regardless while more than
    /// <see cref="PrimSimplification.MaxDimensions"/> are restricted. Dropping a restriction only enlarges the
    /// box, so coverage never falls. Ties go to the higher dimension (the later one is dropped first).
    /// </summary>
    public bool[] Simplify(double[] lo, double[] hi, PrimSimplification options)
    {
        var dims = Dimensions;
        var (insideCount, insideCases) = Inside(lo, hi);
        var reference = Density(insideCount, insideCases);
        var restricted = new bool[dims];
        var remaining = 0;
        for (var d = 0; d < dims; d++)
        {
            if (!Restricts(lo, hi, d))
            {
                continue;
            }

            if (CountOutside(d, lo[d], hi[d]) / (double)Math.Max(1, ActiveCount) < options.MinExcludedShare)
            {
                (lo[d], hi[d]) = (double.NegativeInfinity, double.PositiveInfinity);
            }
            else
            {
                restricted[d] = true;
                remaining++;
            }
        }

        // Per point, how many restrictions it violates and which one when it violates only one.
        CountViolations(lo, hi);
        var addedCount = new int[dims];
        var addedCases = new int[dims];
        while (remaining > 0)
        {
            Array.Clear(addedCount);
            Array.Clear(addedCases);
            var inside = 0;
            var cases = 0;
            for (var i = 0; i < _n; i++)
            {
                if (!_active[i] || _violated[i] > 1)
                {
                    continue;
                }

                var y = _y[i] ? 1 : 0;
                if (_violated[i] == 0)
                {
                    inside++;
                    cases += y;
                }
                else
                {
                    addedCount[_violatedSum[i]]++;
                    addedCases[_violatedSum[i]] += y;
                }
            }

            var bestDim = -1;
            var bestDensity = double.NegativeInfinity;
            for (var d = 0; d < dims; d++)
            {
                var density = Density(inside + addedCount[d], cases + addedCases[d]);
                if (restricted[d] && density >= bestDensity - 1e-12)
                {
                    bestDensity = density;
                    bestDim = d;
                }
            }

            if (remaining <= options.MaxDimensions && bestDensity < options.DensityShare * reference)
            {
                break;
            }

            AddViolations(bestDim, lo[bestDim], hi[bestDim], -1);
            (lo[bestDim], hi[bestDim]) = (double.NegativeInfinity, double.PositiveInfinity);
            restricted[bestDim] = false;
            remaining--;
        }

        return restricted;
    }
}
