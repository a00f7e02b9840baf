namespace Counterfactual.Experiments.Output;

// The rows of the claim-analysis files (conditioning.csv, sensitivity.csv, discovery.csv), written only when
// the batch asks for the analysis. NaN means undefined and is written as an empty field.

/// <summary>The history-conditioning of a run: which worlds were kept (conditioning.csv, one row).</summary>
/// <param name="FactualScenario">The factual scenario whose run is matched against the evidence.</param>
/// <param name="Evidence">The evidence in words, items joined by "; ".</param>
/// <param name="Worlds">Worlds run.</param>
/// <param name="Accepted">Worlds whose factual run matched all evidence.</param>
/// <param name="AcceptanceRate">Accepted / Worlds.</param>
/// <param name="CiLow">Wilson 95% lower bound of the acceptance rate.</param>
/// <param name="CiHigh">Wilson 95% upper bound.</param>
public sealed record ConditioningRow(string FactualScenario, string Evidence, long Worlds, long Accepted, double AcceptanceRate, double CiLow, double CiHigh);

/// <summary>claim x uncertain parameter: Sobol first-order and total indices of the claim's per-world paired difference, with bootstrap 95% intervals.</summary>
public sealed record SensitivityRow(string ClaimId, string Parameter, double FirstOrder, double FirstOrderCiLow, double FirstOrderCiHigh, double Total, double TotalCiLow, double TotalCiHigh, long N);

/// <summary>claim x PRIM box x restricted dimension: the box's bounds on that dimension, the box's coverage, density and support, and the claim's overall failure share.</summary>
public sealed record DiscoveryRow(string ClaimId, int Box, string Dimension, double Low, double High, double Coverage, double Density, double Support, double BaseRate);

/// <summary>One PRIM box of a claim in a plain sentence (for the run log); box 0 says that a claim has no box worth reporting.</summary>
public sealed record DiscoveryBox(string ClaimId, int Box, string Sentence);
