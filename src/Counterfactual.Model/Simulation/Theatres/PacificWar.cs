using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// The US against Japan at sea and in the air: naval-air stocks built from munitions output, the US
/// advance Y toward the home islands, blockade intensity. Reads the Pacific stream's three normals
/// of every month (<see cref="MonthDraws"/>; the advance normal as its multiplier e^(σ z), <see cref="PreparedWorld"/>).
/// </summary>
internal static class PacificWar
{
    /// <summary>1/12: yearly munitions to a month's, and months to years.</summary>
    private const double PerMonth = 1.0 / 12;

    public static void Step(WorldState s, in ParameterValues p, int t, in MonthDraws d, double advanceNoise, ITraceSink? trace)
    {
        var nUs = d.PacificUs;
        var nJapan = d.PacificJapan;
        if (s.JapanOut)
        {
            return;
        }

        var depreciation = 1 - p[Param.NavalDepreciation];
        var oilFactor = OilFactor(s);
        var northShare = s.FeWar ? 1 - p[Param.JapanNorthWarMunitionsShare] : 1;
        s.NJ = (s.NJ * depreciation) + (p.Path(Param.MunitionsJapan1941, t) * PerMonth * p[Param.JapanNavalShare] * northShare * oilFactor);
        if (!s.UsAtWarJapan)
        {
            return;
        }

        s.NUs = (s.NUs * depreciation) + (p.Path(Param.MunitionsUsa1941, t) * PerMonth * p[Param.UsPacificShare]);
        var ratio = s.NUs / Math.Max(1e-6, s.NJ * oilFactor);
        var w = p[Param.HelmboldExponent];
        var sigma = p[Param.EastLossNoise];
        var logRatio = FastMath.Log(ratio);
        s.NJ *= 1 - TheatreCombat.LossShare(p[Param.PacificLossRate], logRatio, w, 1, sigma * nJapan, 0.5);
        s.NUs *= 1 - TheatreCombat.LossShare(p[Param.PacificLossRate], -logRatio, w, 1, sigma * nUs, 0.5);
        var advance = TheatreCombat.ForwardAdvance(p[Param.PacificMaxAdvance], p[Param.PacificSteepness], ratio, advanceNoise);
        s.Y = Math.Min(1, s.Y + advance);
        var years = (t - s.UsEntry) * PerMonth;
        s.Blockade = Math.Clamp((p[Param.BlockadeGrowthPerYear] * years) + (p[Param.BlockadeProgressWeight] * s.Y), 0, 1);
        trace?.Record(t, "pacific", "battle", FormattableString.Invariant($"US/Japan naval-air ratio {ratio:0.00}: US advance {s.Y:P0}, blockade {s.Blockade:P0}."));
    }

    /// <summary>Japanese naval power factor from the oil stock: 1 above the comfort level (oilComfortMonths), down to 0.5 at zero.</summary>
    public static double OilFactor(WorldState s) =>
        Math.Min(1, 0.5 + (0.5 * s.Oil * s.InverseOilComfort));
}
