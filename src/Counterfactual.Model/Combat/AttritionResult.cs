namespace Counterfactual.Model.Combat;

/// <summary>
/// The attrition half of a battle, before the winner is decided: casualties of both sides and the
/// exchange score ln(defender fractional loss / attacker fractional loss), the quantity the decision
/// rule reads (Helmbold's "advantage").
/// </summary>
public readonly record struct AttritionResult(double AttackerCasualties, double DefenderCasualties, double ExchangeScore);
