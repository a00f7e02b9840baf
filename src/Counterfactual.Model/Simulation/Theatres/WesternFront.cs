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
    public static void Step(WorldState s, in ParameterValues p, int t, in MonthDraws d, double advanceNoise, ITraceSink? trace)
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

        var ratio = s.WA * p[Param.WestEdge] / Math.Max(1e-6, s.GW);
        var advance = TheatreCombat.ForwardAdvance(p[Param.WestMaxAdvance], p[Param.WestSteepness], ratio, advanceNoise);
        s.W = Math.Min(1, s.W + advance);
        trace?.Record(t, "west", "battle", FormattableString.Invariant($"West/German ratio {ratio:0.00}: western progress {s.W:P0}."));
    }
}
