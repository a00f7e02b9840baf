namespace Counterfactual.Model.Simulation;

/// <summary>
/// Receives the month-by-month story of one replication (used by <c>counterfactual trace</c>).
/// The simulator calls it only when one is given; the hot path passes null. The theatres build their
/// sentences with <see cref="FormattableString.Invariant"/> rather than an interpolated-string handler:
/// a handler is a local that every call of the month's code would zero, traced or not.
/// </summary>
public interface ITraceSink
{
    /// <summary>One event: a decision, a battle result, a turning point.</summary>
    /// <param name="month">Month index (see <c>Calendar</c>).</param>
    /// <param name="theatre">east, far_east, south, pacific, west, economy or politics.</param>
    /// <param name="kind">decision, battle, loss, event.</param>
    /// <param name="text">One plain sentence.</param>
    void Record(int month, string theatre, string kind, string text);
}
