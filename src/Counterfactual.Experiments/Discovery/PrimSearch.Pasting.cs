namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// Pasting: while some restricted side can be widened so that the density rises, widen the side that raises it
/// most (ties to the lower dimension, then the lower side) by the nearest alpha share of the box's count among
/// the active points just outside that side (outside on no other dimension), with all points tied with the
/// last one taken; when that takes them all, the side becomes unrestricted.
/// </summary>
internal sealed partial class PrimSearch
{
    private readonly int[] _candidates;

    private void Paste(double[] lo, double[] hi, double alpha)
    {
        while (true)
        {
            CountViolations(lo, hi);
            var (count, cases) = CountInside();
            var current = Density(count, cases);
            var step = Math.Max(1, (int)Math.Ceiling(alpha * count));
            var found = false;
            var (bestScore, bestDim, bestUpper, bestBound) = (0.0, 0, false, 0.0);
            for (var d = 0; d < Dimensions; d++)
            {
                for (var side = 0; side < 2; side++)
                {
                    var upper = side == 1;
                    if (upper ? !double.IsFinite(hi[d]) : !double.IsFinite(lo[d]))
                    {
                        continue;
                    }

                    var (added, addedCases, bound) = Slice(d, upper, lo[d], hi[d], step);
                    if (added == 0)
                    {
                        continue;
                    }

                    var score = (cases + addedCases) / (double)(count + added);
                    if (score > current + 1e-12 && (!found || score > bestScore + 1e-12))
                    {
                        (found, bestScore, bestDim, bestUpper, bestBound) = (true, score, d, upper, bound);
                    }
                }
            }

            if (!found)
            {
                return;
            }

            if (bestUpper)
            {
                hi[bestDim] = bestBound;
            }
            else
            {
                lo[bestDim] = double.IsPositiveInfinity(bestBound) ? double.NegativeInfinity : bestBound;
            }
        }
    }

    // The slice of up to step points just outside one side of dimension d (after CountViolations): the points
    // it adds (all tied with the step-th nearest), the cases among them, and the new bound (+infinity when it
    // takes every such point). The candidates are gathered in d's order, ascending by value and ties by index.
    private (int Added, int AddedCases, double Bound) Slice(int d, bool upper, double low, double high, int step)
    {
        var order = _order[d];
        var values = _columns[d];
        var (belowEnd, aboveStart) = Outside(d, low, high);
        var count = 0;
        for (var p = upper ? aboveStart : _nanCount[d]; p < (upper ? _n : belowEnd); p++)
        {
            var i = order[p];
            if (_active[i] && _violated[i] == 1)
            {
                _candidates[count++] = i;
            }
        }

        if (count == 0)
        {
            return (0, 0, 0);
        }

        var take = Math.Min(step, count);
        int first;
        int end;
        double bound;
        if (upper)
        {
            // Ascending from the bound: the take-th candidate, and every candidate tied with it.
            bound = values[_candidates[take - 1]];
            first = 0;
            end = take;
            while (end < count && values[_candidates[end]] == bound)
            {
                end++;
            }
        }
        else
        {
            // Descending from the bound, ties still by index: find the run of equal values holding the take-th
            // candidate counted from the top, and its member at that rank.
            var rank = take - 1;
            end = count;
            first = end - 1;
            while (true)
            {
                while (first > 0 && values[_candidates[first - 1]] == values[_candidates[end - 1]])
                {
                    first--;
                }

                if (rank < end - first)
                {
                    break;
                }

                rank -= end - first;
                end = first;
                first = end - 1;
            }

            bound = values[_candidates[first + rank]];
            end = count;
        }

        var addedCases = 0;
        for (var k = first; k < end; k++)
        {
            addedCases += _y[_candidates[k]] ? 1 : 0;
        }

        return (end - first, addedCases, take == count ? double.PositiveInfinity : bound);
    }
}
