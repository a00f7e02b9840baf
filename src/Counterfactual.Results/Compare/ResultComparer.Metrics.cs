using Counterfactual.Experiments.Output;
using Counterfactual.Model.Time;

namespace Counterfactual.Results.Compare;

// The three kinds of metric rows of one scenario.
public static partial class ResultComparer
{
    private static IEnumerable<CompareRow> Categorical(string scenario, List<EndStateRow> a, List<EndStateRow> b)
    {
        foreach (var metric in Union(a.Select(r => r.Metric), b.Select(r => r.Metric)))
        {
            var statesA = a.Where(r => r.Metric == metric).ToList();
            var statesB = b.Where(r => r.Metric == metric).ToList();
            var nA = statesA.Sum(r => r.Count);
            var nB = statesB.Sum(r => r.Count);
            foreach (var state in Union(statesA.Select(r => r.State), statesB.Select(r => r.State)))
            {
                var xA = statesA.Where(r => r.State == state).Sum(r => r.Count);
                var xB = statesB.Where(r => r.State == state).Sum(r => r.Count);
                var pA = nA > 0 ? (double)xA / nA : double.NaN;
                var pB = nB > 0 ? (double)xB / nB : double.NaN;
                yield return nA > 0 && nB > 0
                    ? Tested(scenario, metric, state, pA, pB, Verdicts.TwoProportion, TwoProportionTest.Compute(xA, nA, xB, nB))
                    : Untested(scenario, metric, state, pA, pB);
            }
        }
    }

    private static IEnumerable<CompareRow> Months(string scenario, List<DistributionRow> a, List<DistributionRow> b)
    {
        foreach (var metric in Union(a.Select(r => r.Metric), b.Select(r => r.Metric)))
        {
            var binsA = a.Where(r => r.Metric == metric).ToList();
            var binsB = b.Where(r => r.Metric == metric).ToList();
            if (!binsA.Concat(binsB).All(r => IsMonthBin(r.Bin)))
            {
                continue; // a numeric metric's histogram: compared by its mean from summary.csv
            }

            var bins = Union(binsA.Select(r => r.Bin), binsB.Select(r => r.Bin)).OrderBy(BinOrder).ToList();
            long[] countsA = [.. bins.Select(bin => binsA.Where(r => r.Bin == bin).Sum(r => r.Count))];
            long[] countsB = [.. bins.Select(bin => binsB.Where(r => r.Bin == bin).Sum(r => r.Count))];
            var medianA = MedianYear(bins, countsA);
            var medianB = MedianYear(bins, countsB);
            yield return countsA.Sum() > 0 && countsB.Sum() > 0
                ? Tested(scenario, metric, MedianMonth, medianA, medianB, Verdicts.KolmogorovSmirnov, BinnedKolmogorovSmirnov.Compute(countsA, countsB))
                : Untested(scenario, metric, MedianMonth, medianA, medianB);
        }
    }

    private static IEnumerable<CompareRow> Numbers(string scenario, List<SummaryRow> a, List<SummaryRow> b)
    {
        foreach (var metric in Union(a.Select(r => r.Metric), b.Select(r => r.Metric)))
        {
            var rowA = a.FirstOrDefault(r => r.Metric == metric);
            var rowB = b.FirstOrDefault(r => r.Metric == metric);
            var meanA = rowA?.Mean ?? double.NaN;
            var meanB = rowB?.Mean ?? double.NaN;
            yield return Testable(rowA) && Testable(rowB)
                ? Tested(scenario, metric, Mean, meanA, meanB, Verdicts.Welch, WelchTest.Compute(rowA!.N, rowA.Mean, rowA.Sd, rowB!.N, rowB.Mean, rowB.Sd).Test)
                : Untested(scenario, metric, Mean, meanA, meanB);
        }
    }

    private static bool Testable(SummaryRow? row) =>
        row is not null && row.N >= 2 && double.IsFinite(row.Mean) && double.IsFinite(row.Sd) && row.Sd >= 0;

    /// <summary>The median month as a decimal year (1945-04 is 1945.25); NaN when the median falls in "never".</summary>
    private static double MedianYear(List<string> bins, long[] counts)
    {
        var n = counts.Sum();
        if (n == 0)
        {
            return double.NaN;
        }

        long cumulative = 0;
        for (var i = 0; i < bins.Count; i++)
        {
            cumulative += counts[i];
            if (2 * cumulative >= n)
            {
                return Calendar.TryParse(bins[i], out var month)
                    ? Calendar.Year(month) + ((Calendar.MonthOfYear(month) - 1) / 12.0)
                    : double.NaN;
            }
        }

        return double.NaN;
    }
}
