using Counterfactual.Experiments.Output;
using Counterfactual.Model.Time;

namespace Counterfactual.Experiments.Validation;

/// <summary>A month metric's distribution rebuilt from distributions.csv rows ("never" sorts last).</summary>
internal sealed class MonthHistogram
{
    private readonly List<(int Month, long Count)> _bins;

    public MonthHistogram(IEnumerable<DistributionRow> rows)
    {
        _bins = [.. rows.Select(r => (Month: Parse(r.Bin), r.Count)).OrderBy(b => b.Month == Calendar.Never ? int.MaxValue : b.Month)];
        Total = _bins.Sum(b => b.Count);
    }

    public long Total { get; }

    /// <summary>Replications in which the event happened, by <paramref name="by"/> (YYYY-MM, inclusive) when given.</summary>
    public long HappenedBy(string by)
    {
        var limit = string.IsNullOrEmpty(by) ? int.MaxValue - 1 : Calendar.TryParse(by, out var m) ? m : throw new FormatException($"Bad month '{by}'.");
        return _bins.Where(b => b.Month != Calendar.Never && b.Month <= limit).Sum(b => b.Count);
    }

    /// <summary>The month at cumulative share <paramref name="share"/> (lower quantile).</summary>
    public int Quantile(double share) => AtRank((long)Math.Ceiling(share * Total));

    /// <summary>The month of the replication at 1-based rank <paramref name="rank"/> (clamped).</summary>
    public int AtRank(long rank)
    {
        rank = Math.Clamp(rank, 1, Math.Max(Total, 1));
        long seen = 0;
        foreach (var (month, count) in _bins)
        {
            seen += count;
            if (seen >= rank)
            {
                return month;
            }
        }

        return Calendar.Never;
    }

    private static int Parse(string bin) =>
        bin == "never" ? Calendar.Never : Calendar.TryParse(bin, out var m) ? m : throw new FormatException($"Bad month bin '{bin}'.");
}
