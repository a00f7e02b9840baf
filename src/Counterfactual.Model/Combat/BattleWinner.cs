namespace Counterfactual.Model.Combat;

/// <summary>Who won a battle.</summary>
public enum BattleWinner
{
    /// <summary>Neither side (the exchange fell inside the draw band).</summary>
    Draw = 0,

    /// <summary>The attacker.</summary>
    Attacker = 1,

    /// <summary>The defender.</summary>
    Defender = 2,
}
