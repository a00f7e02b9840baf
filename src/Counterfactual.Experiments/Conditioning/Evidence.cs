using System.Runtime.CompilerServices;
using Counterfactual.Model.Metrics;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Experiments.Conditioning;

/// <summary>
/// One piece of historical evidence the factual run of a world must match: a categorical state, a month event
/// that never happened, or one that happened inside a window [From, To] (either end open), or a number inside
/// [Min, Max].
/// </summary>
/// <param name="Metric">A per-replication metric.</param>
/// <param name="State">For a categorical metric: the required state index; -1 otherwise.</param>
/// <param name="Never">For a month metric: the event must not have happened by the horizon.</param>
/// <param name="From">For a month metric: earliest month index allowed (inclusive), or null.</param>
/// <param name="To">For a month metric: latest month index allowed (inclusive; "by" in the batch file), or null.</param>
/// <param name="Min">For a numeric metric: smallest value allowed, or null.</param>
/// <param name="Max">For a numeric metric: largest value allowed, or null.</param>
public sealed record Evidence(MetricDescriptor Metric, int State, bool Never, int? From, int? To, double? Min, double? Max)
{
    /// <summary>Whether <paramref name="outcome"/> matches this evidence. Allocation-free.</summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Matches(ReplicationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (Metric.Kind)
        {
            case MetricKind.Categorical:
                return outcome.States[Metric.Index] == State;
            case MetricKind.Month:
                var month = outcome.Months[Metric.Index];
                if (Never)
                {
                    return month == Calendar.Never;
                }

                return month != Calendar.Never && (From is null || month >= From) && (To is null || month <= To);
            default:
                var x = outcome.Numbers[Metric.Index];
                return !double.IsNaN(x) && (Min is null || x >= Min) && (Max is null || x <= Max);
        }
    }

    /// <summary>The evidence in words, e.g. <c>singapore_fall_month by 1942-03</c>.</summary>
    public string Describe() =>
        Metric.Kind switch
        {
            MetricKind.Categorical => $"{Metric.Name} = {Metric.States[State]}",
            MetricKind.Month when Never => $"{Metric.Name} never",
            MetricKind.Month => Metric.Name + (From is { } f ? " from " + Calendar.Format(f) : string.Empty) + (To is { } t ? (From is null ? " by " : " to ") + Calendar.Format(t) : string.Empty),
            _ => Metric.Name + (Min is { } lo ? " >= " + lo.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + (Max is { } hi ? " <= " + hi.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
        };
}
