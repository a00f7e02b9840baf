using Counterfactual.Model.Combat;

namespace Counterfactual.Experiments.Battles;

/// <summary>
/// One historical battle as the simulator needs it. Strengths in men; duration in days (≥ 1 when read
/// from CDB90); <see cref="PostureCode"/> is CDB90's POST1 code. The observed fields are null when
/// unknown and serve only validation and calibration.
/// </summary>
public sealed record BattleRecord(
    int Isqno,
    string War,
    double AttackerStrength,
    double DefenderStrength,
    double DurationDays,
    DefenderPosture Posture,
    string PostureCode,
    int? Year,
    BattleWinner? ObservedWinner = null,
    double? ObservedAttackerCasualties = null,
    double? ObservedDefenderCasualties = null,
    bool StrengthsFromInitial = true)
{
    /// <summary>First year of the modern (mechanised, combined-arms) era of <see cref="CombatEra"/>.</summary>
    public const int ModernEraStartYear = 1939;

    /// <summary>Before <see cref="ModernEraStartYear"/> the premodern decision rule applies; unknown years count as modern.</summary>
    public CombatEra Era => Year < ModernEraStartYear ? CombatEra.Premodern : CombatEra.Modern;

    /// <summary>True for CDB90's World War II battles (WAR starts with "WORLD WAR II").</summary>
    public bool IsWorldWarII => War.StartsWith("WORLD WAR II", StringComparison.Ordinal);

    /// <summary>ln(attacker strength / defender strength).</summary>
    public double LogForceRatio => Math.Log(AttackerStrength / DefenderStrength);

    /// <summary>The battle as the law's input (no CEV).</summary>
    public BattleSetup ToSetup() => new(AttackerStrength, DefenderStrength, DurationDays, Posture, Era);
}
