using Counterfactual.Model.Combat;

namespace Counterfactual.Experiments.Battles;

/// <summary>The outcome of <see cref="CombatCalibration.Calibrate"/>: the fitted law and each step's fit.</summary>
public sealed record CalibrationReport(
    CombatLawParameters Law,
    AttritionFitResult Attrition,
    ArdennesFit Ardennes,
    DecisionFitResult Modern,
    DecisionFitResult Premodern);
