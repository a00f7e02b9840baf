namespace Counterfactual.Worker.Plotting;

/// <summary>
/// Two scenarios that differ only in the pact lever: the same deployment (every other lever equal) with and
/// without the pact. <see cref="Label"/> names the deployment briefly, e.g. "E16 S11".
/// </summary>
internal sealed record PactPair(string PactScenarioId, string NoPactScenarioId, string Label, IReadOnlyList<(string Name, string Value)> OtherLevers);
