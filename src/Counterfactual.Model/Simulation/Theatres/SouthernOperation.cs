using System.Globalization;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// Japan's Southern Operation: five sub-campaigns, each with a share of the southern commitment, a
/// defender, and progress in [0, 1] (1 = fallen). Progress per month = rate x R^elasticity x noise,
/// R = Japanese effective DE / defender effective DE. The noise is e^(σ z) of the South stream's five
/// normals of the month, one per sub-campaign (computed once per world: <see cref="PreparedWorld"/>).
/// </summary>
internal static class SouthernOperation
{
    private static readonly string[] Names = ["Hong Kong", "the Philippines", "Singapore", "Java", "Rangoon"];

    public static void Step(WorldState s, in ParameterValues p, int t, PreparedWorld world, ITraceSink? trace)
    {
        if (s.SouthStart == Calendar.Never || s.JapanOut)
        {
            return;
        }

        if (s.SouthernConquest != Calendar.Never)
        {
            // Every campaign has fallen (progress 1 for good): only the reconquest still moves the extent.
            s.Extent = Extent(s, p, s.SouthConquered);
            return;
        }

        ref readonly var noise = ref world.SouthNoise(t);
        var elapsed = t - s.SouthStart;
        Campaign(s, p, t, SouthCampaign.HongKong, elapsed >= 0, noise.HongKong, trace);
        Campaign(s, p, t, SouthCampaign.Philippines, elapsed >= 0, noise.Philippines, trace);
        Campaign(s, p, t, SouthCampaign.Malaya, elapsed >= 0, noise.Malaya, trace);
        Campaign(s, p, t, SouthCampaign.Java, elapsed >= p.Month(Param.JavaStartLagMonths), noise.Java, trace);
        Campaign(s, p, t, SouthCampaign.Burma, elapsed >= p.Month(Param.BurmaStartLagMonths), noise.Burma, trace);

        var conquered = 0.0;
        var allDone = true;
        for (var i = 0; i < WorldState.Campaigns; i++)
        {
            conquered += p[Param.SouthWeightHongKong + i] * s.Progress[i];
            allDone &= s.Progress[i] >= 1;
        }

        s.Extent = Extent(s, p, conquered);
        if (allDone)
        {
            s.SouthernConquest = t;
            s.SouthConquered = conquered;
            trace?.Record(t, "south", "event", "The Southern Operation is complete.");
        }
    }

    /// <summary>Southern extent: the weighted progress <paramref name="conquered"/> less the share reconquered as the US advances past half-way.</summary>
    private static double Extent(WorldState s, in ParameterValues p, double conquered)
    {
        var reconquest = p[Param.SouthReconquestShare] * Math.Max(0, (s.Y - 0.5) / 0.5);
        return Math.Clamp(conquered * (1 - reconquest), 0, 1);
    }

    private static void Campaign(WorldState s, in ParameterValues p, int t, SouthCampaign c, bool started, double noiseMultiplier, ITraceSink? trace)
    {
        var i = (int)c;
        if (!started || s.Progress[i] >= 1)
        {
            return;
        }

        var japanese = p[Param.SouthAllocHongKong + i] * s.SouthDe;
        // R^elasticity is fixed for the operation (commitment and defenders are set when it starts): computed once.
        if (!s.SouthRatioPowerKnown[i])
        {
            var defender = p[Param.SouthDefenderHongKong + i] * s.DefenderGrowth;
            var ratio = Math.Max(1e-6, japanese * p[Param.SouthJapanQuality]) / defender;
            s.SouthRatioPower[i] = FastMath.Pow(ratio, p[Param.SouthElasticity]);
            s.SouthRatioPowerKnown[i] = true;
        }

        var step = p[Param.SouthRateHongKong + i] * s.SouthRatioPower[i] * noiseMultiplier;
        s.Progress[i] = Math.Min(1, s.Progress[i] + step);
        s.SouthLossDe += japanese * p[Param.SouthJapaneseLossRate];
        if (s.Progress[i] >= 1)
        {
            s.FallMonth[i] = t;
            trace?.Record(t, "south", "event", $"{Names[i]} falls to Japan.");
        }
    }
}
