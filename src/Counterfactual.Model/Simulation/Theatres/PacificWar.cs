using System.Runtime.CompilerServices;
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

    [MethodImpl(AheadOfTime.Inline)]
    public static void Step(WorldState s, ParameterValues p, int t, in MonthDraws d, double advanceNoise, PreparedWorld world, ITraceSink? trace)
    {
        if (s.JapanOut)
        {
            return;
        }

        var key = new PacificKey(s.Oil, s.NJ, s.NUs, s.Y, s.UsEntry, s.FeWar, s.UsAtWarJapan);
        var memo = trace is null ? world.PacificMemo : null;
        if (!memo.TryCopy(t, key, out var m))
        {
            m = Month(key, p, t, d, advanceNoise, world);
            memo?.Add(t, key, m);
        }

        s.NJ = m.NJ;
        if (!key.UsAtWarJapan)
        {
            return;
        }

        s.NUs = m.NUs;
        s.Y = m.Y;
        s.Blockade = m.Blockade;
        trace?.Record(t, "pacific", "battle", FormattableString.Invariant($"US/Japan naval-air ratio {m.Ratio:0.00}: US advance {s.Y:P0}, blockade {s.Blockade:P0}."));
    }

    /// <summary>
    /// A month of the war at sea from the state it reads (<paramref name="k"/>) and the world alone: the same key in the
    /// same month of a world gives the same month (<see cref="PreparedWorld.PacificMemo"/>). Before the US is at war
    /// with Japan only Japan's naval stock moves (the rest of the result is not used).
    /// </summary>
    private static PacificMonth Month(in PacificKey k, ParameterValues p, int t, in MonthDraws d, double advanceNoise, PreparedWorld world)
    {
        var depreciation = 1 - p[Param.NavalDepreciation];
        var oilFactor = OilFactor(k.Oil, world.InverseOilComfort);
        var northShare = k.FeWar ? 1 - p[Param.JapanNorthWarMunitionsShare] : 1;
        var nj = (k.NJ * depreciation) + (p.Path(Param.MunitionsJapan1941, t) * PerMonth * p[Param.JapanNavalShare] * northShare * oilFactor);
        if (!k.UsAtWarJapan)
        {
            return new PacificMonth { NJ = nj };
        }

        var nUs = (k.NUs * depreciation) + (p.Path(Param.MunitionsUsa1941, t) * PerMonth * p[Param.UsPacificShare]);
        var ratio = nUs / Math.Max(1e-6, nj * oilFactor);
        var w = p[Param.HelmboldExponent];
        var sigma = p[Param.EastLossNoise];
        var logRatio = FastMath.Log(ratio);
        nj *= 1 - TheatreCombat.LossShare(p[Param.PacificLossRate], logRatio, w, 1, sigma * d.PacificJapan, 0.5);
        nUs *= 1 - TheatreCombat.LossShare(p[Param.PacificLossRate], -logRatio, w, 1, sigma * d.PacificUs, 0.5);
        var advance = TheatreCombat.ForwardAdvance(p[Param.PacificMaxAdvance], p[Param.PacificSteepness], ratio, advanceNoise);
        var y = Math.Min(1, k.Y + advance);
        var years = (t - k.UsEntry) * PerMonth;
        return new PacificMonth
        {
            NJ = nj,
            NUs = nUs,
            Y = y,
            Blockade = Math.Clamp((p[Param.BlockadeGrowthPerYear] * years) + (p[Param.BlockadeProgressWeight] * y), 0, 1),
            Ratio = ratio,
        };
    }

    /// <summary>Japanese naval power factor from the oil stock: 1 above the comfort level (oilComfortMonths), down to 0.5 at zero.</summary>
    [MethodImpl(AheadOfTime.Inline)]
    public static double OilFactor(double oil, double inverseOilComfort) =>
        Math.Min(1, 0.5 + (0.5 * oil * inverseOilComfort));
}

/// <summary>What a month of the war at sea reads from the state.</summary>
internal readonly struct PacificKey(double oil, double nj, double nUs, double y, int usEntry, bool feWar, bool usAtWarJapan) : IMonthKey<PacificKey>
{
    public readonly double Oil = oil;
    public readonly double NJ = nj;
    public readonly double NUs = nUs;
    public readonly double Y = y;
    public readonly int UsEntry = usEntry;
    public readonly bool FeWar = feWar;
    public readonly bool UsAtWarJapan = usAtWarJapan;

    [MethodImpl(AheadOfTime.Inline)]
    public bool SameBits(in PacificKey other) =>
        BitConverter.DoubleToInt64Bits(NJ) == BitConverter.DoubleToInt64Bits(other.NJ)
        && BitConverter.DoubleToInt64Bits(Oil) == BitConverter.DoubleToInt64Bits(other.Oil)
        && BitConverter.DoubleToInt64Bits(NUs) == BitConverter.DoubleToInt64Bits(other.NUs)
        && BitConverter.DoubleToInt64Bits(Y) == BitConverter.DoubleToInt64Bits(other.Y)
        && UsEntry == other.UsEntry
        && FeWar == other.FeWar
        && UsAtWarJapan == other.UsAtWarJapan;
}

/// <summary>A month of the war at sea: the naval-air stocks, the US advance and the blockade.</summary>
internal struct PacificMonth
{
    public double NJ;
    public double NUs;
    public double Y;
    public double Blockade;
    public double Ratio;
}
