namespace Counterfactual.Experiments.Tracing;

/// <summary>One event of a traced world, as the model reported it through <c>ITraceSink</c>.</summary>
/// <param name="Month">Month index (see <c>Calendar</c>; 0 is 1941-06).</param>
/// <param name="Theatre">east, far_east, south, pacific, west, economy or politics.</param>
/// <param name="Kind">decision, battle, loss or event.</param>
/// <param name="Text">One plain sentence.</param>
public sealed record TraceEvent(int Month, string Theatre, string Kind, string Text);
