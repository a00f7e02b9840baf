namespace Counterfactual.Experiments.Aggregation;

public sealed partial class AggregateState
{
    /// <summary>Resets every count and sum to zero, keeping the arrays (a worker's state reused between segments).</summary>
    internal void Clear()
    {
        Worlds = 0;
        Array.Clear(States);
        Array.Clear(MonthHistogram);
        Array.Clear(NumericDefined);
        Array.Clear(NumericSum);
        Array.Clear(NumericSumOfSquares);
        Array.Clear(_numericHistogram);
        Array.Clear(_trajectoryDefined);
        Array.Clear(_trajectorySum);
        Array.Clear(_trajectoryHistogram);
        _pending?.Settled();
        _countsStale = false;
        foreach (var claim in Claims)
        {
            claim.Clear();
        }

        Accepted = 0;
        foreach (var claim in ConditionedClaims)
        {
            claim.Clear();
        }
    }
}
