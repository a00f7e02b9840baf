namespace Counterfactual.Experiments.Battles;

/// <summary>The decision rule fitted to one era's battles by maximum likelihood (see <see cref="CombatCalibration.FitDecision"/>).</summary>
public sealed record DecisionFitResult(double VictoryBias, double DecisionNoise, double DrawBand, double NegativeLogLikelihood, int Battles, int Iterations);
