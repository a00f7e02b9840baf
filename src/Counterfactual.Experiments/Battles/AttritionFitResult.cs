namespace Counterfactual.Experiments.Battles;

/// <summary>
/// The attrition half of the calibration (see <see cref="CombatCalibration.FitAttrition"/>): the
/// power-law exponents, loss rates and posture factors with their standard errors, and the split of
/// the residual log-variance into intensity (common), battle (per side) and daily noise.
/// </summary>
public sealed record AttritionFitResult(
    double FirerExponent,
    double FirerExponentSe,
    double TargetExponent,
    double TargetExponentSe,
    double AttackerLossRate,
    double DefenderLossRate,
    double PreparedDefenceFactor,
    double FortifiedDefenceFactor,
    double IntensityNoise,
    double BattleNoise,
    double DailyNoise,
    double ResidualSd,
    int Battles);
