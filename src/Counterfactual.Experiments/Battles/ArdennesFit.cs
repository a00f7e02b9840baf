using Counterfactual.Model.Combat;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Counterfactual.Experiments.Battles;

/// <summary>
/// The law fitted to the Ardennes campaign (Germans attack, Allies defend; day 1 = 16 Dec 1944).
/// Training: least squares of one-day-ahead expected casualties of both sides on the training days
/// (free: both loss rates and the fatigue; exponents from the law). Prediction: the expected path run
/// forward from the first test day's actual strengths, summed over the test days.
/// </summary>
public sealed record ArdennesFit(
    double GermanLossRate,
    double AlliedLossRate,
    double Fatigue,
    double TrainingR2,
    double PredictedAllied,
    double PredictedGerman,
    double ActualAllied,
    double ActualGerman)
{
    /// <summary>Predicted German / Allied casualties over the test days.</summary>
    public double PredictedRatio => PredictedGerman / PredictedAllied;

    /// <summary>Fits on days [<paramref name="firstTrain"/>, <paramref name="lastTrain"/>] and predicts the later days.</summary>
    public static ArdennesFit Fit(IReadOnlyList<ArdennesDay> days, CombatLawParameters law, int firstTrain = 2, int lastTrain = 17)
    {
        ArgumentNullException.ThrowIfNull(days);
        var train = days.Where(d => d.Day >= firstTrain && d.Day <= lastTrain).ToArray();
        var test = days.Where(d => d.Day > lastTrain).OrderBy(d => d.Day).ToArray();
        if (train.Length < 3 || test.Length == 0)
        {
            throw new ArgumentException("Need at least 3 training days and one test day.", nameof(days));
        }

        double Sse(Vector<double> v)
        {
            var l = law with { AttackerLossRate = Math.Exp(v[0]), DefenderLossRate = Math.Exp(v[1]), Fatigue = v[2] };
            var sse = 0.0;
            foreach (var d in train)
            {
                var (g, a) = Expected(d.GermanStrength, d.AlliedStrength, d.Day, l);
                sse += ((g - d.GermanCasualties) * (g - d.GermanCasualties)) + ((a - d.AlliedCasualties) * (a - d.AlliedCasualties));
            }

            return sse;
        }

        var start = Vector<double>.Build.Dense([Math.Log(0.005), Math.Log(0.005), 0.0]);
        var result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Sse), start, 1e-12, 20_000);
        var best = result.MinimizingPoint;
        var fitted = law with { AttackerLossRate = Math.Exp(best[0]), DefenderLossRate = Math.Exp(best[1]), Fatigue = best[2] };

        var mean = train.Average(d => d.GermanCasualties + d.AlliedCasualties) / 2;
        var sst = train.Sum(d => ((d.GermanCasualties - mean) * (d.GermanCasualties - mean)) + ((d.AlliedCasualties - mean) * (d.AlliedCasualties - mean)));
        var r2 = 1 - (result.FunctionInfoAtMinimum.Value / sst);

        double german = test[0].GermanStrength, allied = test[0].AlliedStrength, sumG = 0, sumA = 0;
        foreach (var d in test)
        {
            var (g, a) = Expected(german, allied, d.Day, fitted);
            sumG += g;
            sumA += a;
            german -= g;
            allied -= a;
        }

        return new ArdennesFit(
            fitted.AttackerLossRate,
            fitted.DefenderLossRate,
            fitted.Fatigue,
            r2,
            sumA,
            sumG,
            test.Sum(d => d.AlliedCasualties),
            test.Sum(d => d.GermanCasualties));
    }

    /// <summary>Expected (noise-free) casualties of one day of the law, Germans attacking, hasty defence.</summary>
    private static (double German, double Allied) Expected(double german, double allied, int day, in CombatLawParameters law)
    {
        var s = law.ReferenceStrength;
        var fatigue = Math.Exp(-law.Fatigue * (day - 0.5));
        var lg = law.AttackerLossRate * Math.Pow(allied / s, law.FirerExponent) * Math.Pow(german / s, law.TargetExponent - 1) * fatigue;
        var la = law.DefenderLossRate * Math.Pow(german / s, law.FirerExponent) * Math.Pow(allied / s, law.TargetExponent - 1) * fatigue;
        return (german * (1 - Math.Exp(-lg)), allied * (1 - Math.Exp(-la)));
    }
}
