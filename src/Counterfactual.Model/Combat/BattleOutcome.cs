namespace Counterfactual.Model.Combat;

/// <summary>The result of one fought battle. Casualties lie in [0, initial strength).</summary>
public readonly record struct BattleOutcome(BattleWinner Winner, double AttackerCasualties, double DefenderCasualties);
