namespace Counterfactual.Model.Combat;

/// <summary>Probabilities of the three outcomes given an attrition result; they sum to 1.</summary>
public readonly record struct OutcomeProbabilities(double AttackerWin, double Draw, double DefenderWin);
