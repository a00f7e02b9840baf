using Counterfactual.Model.Combat;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Counterfactual.Experiments.Battles;

/// <summary>
/// Fits the law's free parameters to training battles, in three pure steps:
/// <list type="number">
/// <item><see cref="FitAttrition"/>: exponents, loss rates, posture factors and noise levels by least squares on log casualty rates;</item>
/// <item><see cref="FitDecision"/>: the decision rule (bias, noise, draw band) by maximum likelihood of the observed outcomes, Nelder-Mead over simulated probabilities with common random numbers;</item>
/// <item><see cref="ArdennesFit.Fit"/>: the fatigue, from the Ardennes campaign.</item>
/// </list>
/// </summary>
public static class CombatCalibration
{
    /// <summary>
    /// OLS of y = ln(-ln(1 - casualties/strength) / duration), the law's daily rate λ inverted from the
    /// survival form, on [attacker?, defender?, ln(opponent/S), ln(own/S), ±prepared, ±fortified]
    /// (posture terms +1 on the attacker's row and -1 on the defender's). The slopes are p and q-1.
    /// The residuals of the two sides of a battle give the noise split: their covariance is the common
    /// intensity variance; half the variance of their difference, regressed on 1/duration, gives the
    /// battle (intercept) and daily (slope) variances.
    /// </summary>
    public static AttritionFitResult FitAttrition(IReadOnlyList<BattleRecord> battles, double referenceStrength = 10_000)
    {
        ArgumentNullException.ThrowIfNull(battles);
        var usable = battles.Where(b => b.ObservedAttackerCasualties is > 0 && b.ObservedDefenderCasualties is > 0
            && b.ObservedAttackerCasualties < b.AttackerStrength && b.ObservedDefenderCasualties < b.DefenderStrength).ToArray();
        var n = usable.Length;
        if (n < 10)
        {
            throw new ArgumentException("Need at least 10 battles with casualties of both sides.", nameof(battles));
        }

        var x = Matrix<double>.Build.Dense(2 * n, 6);
        var y = Vector<double>.Build.Dense(2 * n);
        for (var i = 0; i < n; i++)
        {
            var b = usable[i];
            var la = Math.Log(b.AttackerStrength / referenceStrength);
            var ld = Math.Log(b.DefenderStrength / referenceStrength);
            var pd = b.Posture == DefenderPosture.Prepared ? 1.0 : 0.0;
            var fd = b.Posture == DefenderPosture.Fortified ? 1.0 : 0.0;
            x.SetRow(2 * i, [1, 0, ld, la, pd, fd]);
            y[2 * i] = Math.Log(-Math.Log(1 - (b.ObservedAttackerCasualties!.Value / b.AttackerStrength)) / b.DurationDays);
            x.SetRow((2 * i) + 1, [0, 1, la, ld, -pd, -fd]);
            y[(2 * i) + 1] = Math.Log(-Math.Log(1 - (b.ObservedDefenderCasualties!.Value / b.DefenderStrength)) / b.DurationDays);
        }

        var beta = x.QR().Solve(y);
        var residual = y - (x * beta);
        var dof = (2 * n) - 6;
        var s2 = residual.DotProduct(residual) / dof;
        var covariance = (x.TransposeThisAndMultiply(x)).Inverse() * s2;

        double cov = 0;
        var halfDiff = Vector<double>.Build.Dense(n);
        var invDuration = Matrix<double>.Build.Dense(n, 2);
        for (var i = 0; i < n; i++)
        {
            var ra = residual[2 * i];
            var rd = residual[(2 * i) + 1];
            cov += ra * rd;
            halfDiff[i] = (ra - rd) * (ra - rd) / 2;
            invDuration.SetRow(i, [1, 1 / usable[i].DurationDays]);
        }

        cov /= n;
        var split = invDuration.QR().Solve(halfDiff);
        var battleVariance = Math.Max(0, split[0]);
        var dailyVariance = Math.Max(0, split[1]);

        return new AttritionFitResult(
            beta[2],
            Math.Sqrt(covariance[2, 2]),
            beta[3] + 1,
            Math.Sqrt(covariance[3, 3]),
            Math.Exp(beta[0]),
            Math.Exp(beta[1]),
            Math.Exp(beta[4]),
            Math.Exp(beta[5]),
            Math.Sqrt(Math.Max(0, cov)),
            Math.Sqrt(battleVariance),
            Math.Sqrt(Math.Log(1 + dailyVariance)),
            Math.Sqrt(s2),
            n);
    }

    /// <summary>
    /// Maximum likelihood of the observed outcomes (attacker win / draw / defender win) of
    /// <paramref name="battles"/> under the law: each battle's exchange scores are simulated once
    /// (<paramref name="replications"/> each, common random numbers), then Nelder-Mead moves
    /// (bias, ln noise, ln draw band) on the smooth likelihood of the averaged outcome probabilities.
    /// With <paramref name="era"/> = Premodern the premodern bias and noise are fitted and the draw band is kept.
    /// </summary>
    public static DecisionFitResult FitDecision(
        IReadOnlyList<BattleRecord> battles, CombatLawParameters law, CombatEra era, int replications, ulong seed, int maxIterations = 2_000)
    {
        ArgumentNullException.ThrowIfNull(battles);
        var known = battles.Where(b => b.ObservedWinner is not null).ToArray();
        var scores = new double[known.Length][];
        Parallel.For(0, known.Length, i => scores[i] = BattleSimulator.ExchangeScores(known[i], law, replications, seed));

        CombatLawParameters With(Vector<double> v) => era == CombatEra.Modern
            ? law with { VictoryBias = v[0], DecisionNoise = Math.Exp(v[1]), DrawBand = Math.Exp(v[2]) }
            : law with { PremodernVictoryBias = v[0], PremodernDecisionNoise = Math.Exp(v[1]) };

        double NegativeLogLikelihood(Vector<double> v)
        {
            var l = With(v);
            var total = 0.0;
            for (var i = 0; i < known.Length; i++)
            {
                double p = 0;
                foreach (var s in scores[i])
                {
                    var o = AttritionLaw.Decide(s, era, l);
                    p += known[i].ObservedWinner switch
                    {
                        BattleWinner.Attacker => o.AttackerWin,
                        BattleWinner.Defender => o.DefenderWin,
                        _ => o.Draw,
                    };
                }

                total -= Math.Log(Math.Max(p / scores[i].Length, 1e-12));
            }

            return total;
        }

        var start = era == CombatEra.Modern
            ? Vector<double>.Build.Dense([law.VictoryBias, Math.Log(Math.Max(law.DecisionNoise, 0.05)), Math.Log(Math.Max(law.DrawBand, 0.01))])
            : Vector<double>.Build.Dense([law.PremodernVictoryBias, Math.Log(Math.Max(law.PremodernDecisionNoise, 0.05))]);
        var result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(NegativeLogLikelihood), start, 1e-7, maxIterations);
        var fitted = With(result.MinimizingPoint);
        return era == CombatEra.Modern
            ? new DecisionFitResult(fitted.VictoryBias, fitted.DecisionNoise, fitted.DrawBand, result.FunctionInfoAtMinimum.Value, known.Length, result.Iterations)
            : new DecisionFitResult(fitted.PremodernVictoryBias, fitted.PremodernDecisionNoise, fitted.DrawBand, result.FunctionInfoAtMinimum.Value, known.Length, result.Iterations);
    }

    /// <summary>
    /// The whole calibration: attrition on <paramref name="attritionTraining"/>, fatigue on the
    /// Ardennes training days, then the modern decision rule on <paramref name="modernTraining"/> and
    /// the premodern one on <paramref name="premodernTraining"/>. Returns the fitted law and the parts.
    /// </summary>
    public static CalibrationReport Calibrate(
        IReadOnlyList<BattleRecord> attritionTraining,
        IReadOnlyList<BattleRecord> modernTraining,
        IReadOnlyList<BattleRecord> premodernTraining,
        IReadOnlyList<ArdennesDay> ardennes,
        CombatLawParameters start,
        int replications,
        ulong seed)
    {
        var attrition = FitAttrition(attritionTraining, start.ReferenceStrength);
        var law = start with
        {
            FirerExponent = attrition.FirerExponent,
            TargetExponent = attrition.TargetExponent,
            AttackerLossRate = attrition.AttackerLossRate,
            DefenderLossRate = attrition.DefenderLossRate,
            PreparedDefenceFactor = attrition.PreparedDefenceFactor,
            FortifiedDefenceFactor = attrition.FortifiedDefenceFactor,
            IntensityNoise = attrition.IntensityNoise,
            BattleNoise = attrition.BattleNoise,
            DailyNoise = attrition.DailyNoise,
        };
        var ardennesFit = ArdennesFit.Fit(ardennes, law);
        law = law with { Fatigue = ardennesFit.Fatigue };
        var modern = FitDecision(modernTraining, law, CombatEra.Modern, replications, seed);
        law = law with { VictoryBias = modern.VictoryBias, DecisionNoise = modern.DecisionNoise, DrawBand = modern.DrawBand };
        var premodern = FitDecision(premodernTraining, law, CombatEra.Premodern, replications, seed);
        law = law with { PremodernVictoryBias = premodern.VictoryBias, PremodernDecisionNoise = premodern.DecisionNoise };
        return new CalibrationReport(law, attrition, ardennesFit, modern, premodern);
    }
}
