using System.Runtime.CompilerServices;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// The Western Allies against Germany: build-up after US entry, the second front, progress W toward
/// Germany. Reads the West stream's two numbers of every month (<see cref="MonthDraws"/>;
/// the advance normal as its multiplier e^(σ z), <see cref="PreparedWorld"/>).
/// </summary>
internal static class WesternFront
{
    public static void Step(WorldState s, ParameterValues p, int t, in MonthDraws d, double advanceNoise, PreparedWorld world, ITraceSink? trace)
    {
        var uLaunch = d.WestLaunch;
        if (s.GermanyOut)
        {
            return;
        }

        if (s.UsAtWarGermany)
        {
            s.WA = Math.Min(p[Param.WestMaxDe], s.WA + p[Param.WestBuildupDePerMonth]);
        }

        s.GW = p[Param.GermanWestDe] + s.ShiftedWest;
        if (s.SecondFront == Calendar.Never)
        {
            var moy = TheatreCombat.MonthOfYear(t);
            var season = moy >= p[Param.SecondFrontFirstCalendarMonth] && moy <= p[Param.SecondFrontLastCalendarMonth];
            var strong = s.WA >= p[Param.SecondFrontThresholdDe] * s.GW * s.InverseGermanWest;
            if (s.UsAtWarGermany && t >= p.Month(Param.SecondFrontEarliestMonth) && season && strong && uLaunch < p[Param.SecondFrontMonthlyChance])
            {
                s.SecondFront = t;
                trace?.Record(t, "west", "decision", FormattableString.Invariant($"The Western Allies invade France with {s.WA:0} DE against {s.GW:0} German DE."));
            }

            return;
        }

        // The campaign in France: a month of it reads only WA, GW and W (WestKey), so a world's scenarios that reach
        // it in the same state copy it (PreparedWorld.WestMemo).
        var key = new WestKey(s.WA, s.GW, s.W);
        var memo = trace is null ? world.WestMemo : null;
        if (!memo.TryCopy(t, key, out var m))
        {
            m = Month(key, p, advanceNoise);
            memo?.Add(t, key, m);
        }

        s.W = m.W;
        trace?.Record(t, "west", "battle", FormattableString.Invariant($"West/German ratio {m.Ratio:0.00}: western progress {s.W:P0}."));
    }

    /// <summary>A month of the campaign in France from the state it reads (<paramref name="k"/>) and the world alone.</summary>
    private static WestMonth Month(in WestKey k, ParameterValues p, double advanceNoise)
    {
        var ratio = k.WA * p[Param.WestEdge] / Math.Max(1e-6, k.GW);
        var advance = TheatreCombat.ForwardAdvance(p[Param.WestMaxAdvance], p[Param.WestSteepness], ratio, advanceNoise);
        return new WestMonth(Math.Min(1, k.W + advance), ratio);
    }
}

/// <summary>What a month of the campaign in France reads from the state: Western and German DE, progress.</summary>
internal readonly struct WestKey(double wa, double gw, double w) : IMonthKey<WestKey>
{
    public readonly double WA = wa;
    public readonly double GW = gw;
    public readonly double W = w;

    [MethodImpl(AheadOfTime.Inline)]
    public bool SameBits(in WestKey other) =>
        BitConverter.DoubleToInt64Bits(W) == BitConverter.DoubleToInt64Bits(other.W)
        && BitConverter.DoubleToInt64Bits(WA) == BitConverter.DoubleToInt64Bits(other.WA)
        && BitConverter.DoubleToInt64Bits(GW) == BitConverter.DoubleToInt64Bits(other.GW);
}

/// <summary>A month of the campaign in France: the new progress and the power ratio the trace tells.</summary>
internal readonly record struct WestMonth(double W, double Ratio);
