using Counterfactual.Model.Combat;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Battles;

/// <summary>
/// logit P(attacker win) = Intercept + Slope·ln(force ratio), draws excluded, by maximum likelihood
/// (Newton-Raphson = IRLS). Points carry weights of wins and losses, so simulated probabilities
/// (fractional outcomes) and observed 0/1 outcomes are fitted alike.
/// </summary>
public sealed record LogisticFit(double Intercept, double Slope, int Points)
{
    /// <summary>Fitted P(attacker win | no draw) at force ratio <paramref name="ratio"/>.</summary>
    public double Probability(double ratio) => 1 / (1 + Math.Exp(-(Intercept + (Slope * Math.Log(ratio)))));

    /// <summary>Fits the points (x = ln ratio, weight of wins, weight of losses).</summary>
    public static LogisticFit Fit(IReadOnlyList<(double X, double Wins, double Losses)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        double b0 = 0, b1 = 0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            foreach (var (x, wins, losses) in points)
            {
                var n = wins + losses;
                var p = 1 / (1 + Math.Exp(-(b0 + (b1 * x))));
                var residual = wins - (n * p);
                var w = n * p * (1 - p);
                g0 += residual;
                g1 += residual * x;
                h00 += w;
                h01 += w * x;
                h11 += w * x * x;
            }

            var det = (h00 * h11) - (h01 * h01);
            if (!(Math.Abs(det) > 1e-300))
            {
                break;
            }

            var d0 = ((h11 * g0) - (h01 * g1)) / det;
            var d1 = ((h00 * g1) - (h01 * g0)) / det;
            b0 += d0;
            b1 += d1;
            if (Math.Abs(d0) + Math.Abs(d1) < 1e-12)
            {
                break;
            }
        }

        return new LogisticFit(b0, b1, points.Count);
    }

    /// <summary>Fits observed battles (draws and unknown outcomes excluded).</summary>
    public static LogisticFit FitObserved(IEnumerable<BattleRecord> battles) => Fit(ObservedPoints(battles));

    /// <summary>Fits simulated results: each battle weighted by its P(win) and P(loss).</summary>
    public static LogisticFit FitSimulated(IEnumerable<BattleResult> results) =>
        Fit([.. results.Select(r => (Math.Log(r.AttackerStrength / r.DefenderStrength), r.PAttackerWin, r.PDefenderWin))]);

    /// <summary>The observed battles as 0/1 points, draws and unknown outcomes excluded.</summary>
    public static List<(double X, double Wins, double Losses)> ObservedPoints(IEnumerable<BattleRecord> battles) =>
    [
        .. battles
            .Where(b => b.ObservedWinner is BattleWinner.Attacker or BattleWinner.Defender)
            .Select(b => (b.LogForceRatio, b.ObservedWinner == BattleWinner.Attacker ? 1.0 : 0.0, b.ObservedWinner == BattleWinner.Defender ? 1.0 : 0.0)),
    ];

    /// <summary>
    /// Percentile bootstrap interval of the slope: <paramref name="resamples"/> resamples of the
    /// points with replacement, from a seeded stream.
    /// </summary>
    public static (double Low, double High) BootstrapSlopeInterval(
        IReadOnlyList<(double X, double Wins, double Losses)> points, int resamples, ulong seed, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(points);
        var rng = new Xoshiro256StarStar(seed);
        var slopes = new double[resamples];
        var sample = new (double, double, double)[points.Count];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = points[(int)(rng.NextDouble() * points.Count)];
            }

            slopes[b] = Fit(sample).Slope;
        }

        Array.Sort(slopes);
        var tail = (1 - level) / 2;
        return (slopes[(int)Math.Floor(tail * (resamples - 1))], slopes[(int)Math.Ceiling((1 - tail) * (resamples - 1))]);
    }
}
