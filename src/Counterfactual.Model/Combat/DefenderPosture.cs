namespace Counterfactual.Model.Combat;

/// <summary>The defender's posture (CDB90 POST1 codes in brackets).</summary>
public enum DefenderPosture
{
    /// <summary>Hasty defence or meeting engagement (HD, or no posture given).</summary>
    Hasty = 0,

    /// <summary>Prepared defence (PD): the attacker's losses are multiplied, the defender's divided, by the prepared-defence factor.</summary>
    Prepared = 1,

    /// <summary>Fortified defence (FD): as prepared, with the fortified-defence factor.</summary>
    Fortified = 2,

    /// <summary>Delaying action or withdrawal (DL, WD): attrition as a hasty defence.</summary>
    Delaying = 3,
}
