using System.Runtime.CompilerServices;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
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

    public static void Step(WorldState s, ParameterValues p, int t, PreparedWorld world, ITraceSink? trace)
    {
        if (s.SouthStart == Calendar.Never || s.JapanOut)
        {
            return;
        }

        if (s.SouthernConquest != Calendar.Never)
        {
            // Every campaign has fallen (progress 1 for good): only the reconquest still moves the extent.
            s.Extent = Extent(s.Y, p, s.SouthConquered);
            return;
        }

        // A month of the operation reads only its SouthKey, so a world's scenarios that reach it in the same state
        // copy it (PreparedWorld.SouthMemo).
        var progress = s.Progress;
        var key = new SouthKey(s.SouthStart, s.SouthDe, s.DefenderGrowth, s.Y, progress[0], progress[1], progress[2], progress[3], progress[4]);
        var memo = trace is null ? world.SouthMemo : null;
        if (!memo.TryCopy(t, key, out var m))
        {
            m = Month(key, p, t, world);
            memo?.Add(t, key, m);
        }

        for (var i = 0; i < WorldState.Campaigns; i++)
        {
            if ((m.Ran & (1 << i)) == 0)
            {
                continue;
            }

            progress[i] = m.Progress(i);
            s.SouthLossDe += p[Param.SouthAllocHongKong + i] * s.SouthDe * p[Param.SouthJapaneseLossRate];
            if ((m.Fell & (1 << i)) != 0)
            {
                s.FallMonth[i] = t;
                trace?.Record(t, "south", "event", $"{Names[i]} falls to Japan.");
            }
        }

        s.Extent = m.Extent;
        if (m.AllDone)
        {
            s.SouthernConquest = t;
            s.SouthConquered = m.Conquered;
            trace?.Record(t, "south", "event", "The Southern Operation is complete.");
        }
    }

    /// <summary>
    /// A month of the operation from the state it reads (<paramref name="k"/>) and the world alone: each campaign that
    /// has started and not fallen progresses by rate x R^elasticity x noise (R^elasticity from the world's cache,
    /// <see cref="PreparedWorld.SouthRatioPower"/>); then the weighted extent.
    /// </summary>
    private static SouthMonth Month(in SouthKey k, ParameterValues p, int t, PreparedWorld world)
    {
        ref readonly var noise = ref world.SouthNoise(t);
        var elapsed = t - k.SouthStart;
        var m = new SouthMonth();
        var conquered = 0.0;
        var allDone = true;
        for (var i = 0; i < WorldState.Campaigns; i++)
        {
            var before = k.Progress(i);
            var lag = i switch
            {
                (int)SouthCampaign.Java => p.Month(Param.JavaStartLagMonths),
                (int)SouthCampaign.Burma => p.Month(Param.BurmaStartLagMonths),
                _ => 0,
            };
            var after = before;
            if (elapsed >= lag && before < 1)
            {
                var step = p[Param.SouthRateHongKong + i] * world.SouthRatioPower(i, k.SouthDe, k.DefenderGrowth) * noise.Of(i);
                after = Math.Min(1, before + step);
                m.Ran |= (byte)(1 << i);
                if (after >= 1)
                {
                    m.Fell |= (byte)(1 << i);
                }
            }

            m.SetProgress(i, after);
            conquered += p[Param.SouthWeightHongKong + i] * after;
            allDone &= after >= 1;
        }

        m.Extent = Extent(k.Y, p, conquered);
        m.AllDone = allDone;
        m.Conquered = conquered;
        return m;
    }

    /// <summary>
    /// R^elasticity of campaign <paramref name="i"/> for a commitment and a defender growth: fixed for the operation
    /// (both are set when it starts), so computed once (see <see cref="PreparedWorld.SouthRatioPower"/>).
    /// </summary>
    internal static double RatioPower(ParameterValues p, int i, double southDe, double defenderGrowth)
    {
        var japanese = p[Param.SouthAllocHongKong + i] * southDe;
        var defender = p[Param.SouthDefenderHongKong + i] * defenderGrowth;
        var ratio = Math.Max(1e-6, japanese * p[Param.SouthJapanQuality]) / defender;
        return FastMath.Pow(ratio, p[Param.SouthElasticity]);
    }

    /// <summary>Southern extent: the weighted progress <paramref name="conquered"/> less the share reconquered as the US advances past half-way.</summary>
    [MethodImpl(AheadOfTime.Inline)]
    private static double Extent(double y, ParameterValues p, double conquered)
    {
        var reconquest = p[Param.SouthReconquestShare] * Math.Max(0, (y - 0.5) / 0.5);
        return Math.Clamp(conquered * (1 - reconquest), 0, 1);
    }
}

/// <summary>What a month of the Southern Operation reads from the state: its start, the commitment, the defenders' growth, the US advance and each campaign's progress.</summary>
internal readonly struct SouthKey(int southStart, double southDe, double defenderGrowth, double y, double p0, double p1, double p2, double p3, double p4) : IMonthKey<SouthKey>
{
    public readonly int SouthStart = southStart;
    public readonly double SouthDe = southDe;
    public readonly double DefenderGrowth = defenderGrowth;
    public readonly double Y = y;
    public readonly double P0 = p0;
    public readonly double P1 = p1;
    public readonly double P2 = p2;
    public readonly double P3 = p3;
    public readonly double P4 = p4;

    public double Progress(int i) => i switch { 0 => P0, 1 => P1, 2 => P2, 3 => P3, _ => P4 };

    [MethodImpl(AheadOfTime.Inline)]
    public bool SameBits(in SouthKey other) =>
        BitConverter.DoubleToInt64Bits(SouthDe) == BitConverter.DoubleToInt64Bits(other.SouthDe)
        && BitConverter.DoubleToInt64Bits(P0) == BitConverter.DoubleToInt64Bits(other.P0)
        && BitConverter.DoubleToInt64Bits(P1) == BitConverter.DoubleToInt64Bits(other.P1)
        && BitConverter.DoubleToInt64Bits(P2) == BitConverter.DoubleToInt64Bits(other.P2)
        && BitConverter.DoubleToInt64Bits(P3) == BitConverter.DoubleToInt64Bits(other.P3)
        && BitConverter.DoubleToInt64Bits(P4) == BitConverter.DoubleToInt64Bits(other.P4)
        && BitConverter.DoubleToInt64Bits(Y) == BitConverter.DoubleToInt64Bits(other.Y)
        && BitConverter.DoubleToInt64Bits(DefenderGrowth) == BitConverter.DoubleToInt64Bits(other.DefenderGrowth)
        && SouthStart == other.SouthStart;
}

/// <summary>A month of the Southern Operation: each campaign's progress, which ran and which fell, the extent.</summary>
internal struct SouthMonth
{
    public double P0;
    public double P1;
    public double P2;
    public double P3;
    public double P4;
    public double Extent;
    public double Conquered;
    public byte Ran;
    public byte Fell;
    public bool AllDone;

    public readonly double Progress(int i) => i switch { 0 => P0, 1 => P1, 2 => P2, 3 => P3, _ => P4 };

    public void SetProgress(int i, double value)
    {
        switch (i)
        {
            case 0: P0 = value; break;
            case 1: P1 = value; break;
            case 2: P2 = value; break;
            case 3: P3 = value; break;
            default: P4 = value; break;
        }
    }
}
