namespace Counterfactual.Model.Combat;

/// <summary>
/// The era of a battle. It selects the decision rule's bias and noise: before 1939 the winner of
/// CDB90's battles is nearly independent of the force ratio (empirical logistic slope about 0), from
/// 1939 on it follows the exchange of fire (World War II slope 1.16). The theatres of this model always use <see cref="Modern"/>.
/// </summary>
public enum CombatEra
{
    /// <summary>1939 and later (mechanised, combined-arms era); the era of every theatre of the model.</summary>
    Modern = 0,

    /// <summary>Before 1939; used only to validate the law on all of CDB90.</summary>
    Premodern = 1,
}
