using Counterfactual.Experiments.Output;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Batches;

/// <summary>One cell of the design: a combination of lever levels.</summary>
/// <param name="Index">0-based position in batch order.</param>
/// <param name="Id"><c>s01</c>, <c>s02</c>, ... zero-padded to the digits of the scenario count (at least two).</param>
/// <param name="ModelLevers">The levers handed to the model.</param>
/// <param name="Values">Every lever's value, formatted invariantly, in <see cref="Batch.Levers"/> order.</param>
public sealed record Scenario(int Index, string Id, Levers ModelLevers, IReadOnlyList<LeverValue> Values);
