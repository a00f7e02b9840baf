using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Simulation;

/// <summary>
/// Temporary rules so the runner has something to run while the full model of MODEL.md is built.
/// Every metric is produced and valid; the numbers are NOT calibrated.
/// </summary>
internal static class PlaceholderRules
{
    public static void Run(in Levers levers, ReadOnlySpan<double> p, ref WorldStreams s, ReplicationOutcome o, int horizon, ITraceSink? trace)
    {
        var credibility = p[0];
        var threshold = p[1];
        var east = 32.0;
        var sentWest = Math.Max(0, east - levers.SovietEastDivisions);
        var depth = 0.0;
        var maxDepth = 0.0;
        var maxDepthMonth = 0;
        var cohesion = 0.8;
        var japanAttack = Calendar.Never;
        var germanySurrender = Calendar.Never;
        var japanSurrender = Calendar.Never;
        var pacific = 0.0;
        var southern = 0.0;
        var oil = 18.0;
        for (var t = 0; t <= horizon; t++)
        {
            var ratio = t < 6 ? 1.8 - (0.01 * (sentWest - 16)) : 0.9 - (0.02 * t);
            depth += 120 * Math.Tanh(1.5 * (ratio - 1)) * s.EasternFront.NextLogNormal(0.3);
            if (depth > maxDepth)
            {
                maxDepth = depth;
                maxDepthMonth = t;
            }

            var eastNow = t >= 4 ? levers.SovietEastDivisions : east;
            if (japanAttack == Calendar.Never && t is >= 2 and <= 4 && eastNow < threshold * east)
            {
                var hazard = 0.3 * (levers.Pact ? 1 - credibility : 1);
                if (s.Decisions.Bernoulli(hazard))
                {
                    japanAttack = t;
                    trace?.Record(t, "far_east", "decision", "Japan strikes north.");
                }
            }

            if (t >= 6)
            {
                southern = Math.Min(1, southern + (0.05 * levers.JapanSouthDivisions / 11 * s.South.NextLogNormal(0.2)));
                pacific = Math.Min(1, pacific + (0.012 * s.Pacific.NextLogNormal(0.3)));
            }

            oil = Math.Max(0, oil - 1 + (southern * 1.2));
            cohesion = Math.Clamp(cohesion + (0.01 * s.EasternFront.NextNormal()), 0, 1);
            if (germanySurrender == Calendar.Never && depth < -600)
            {
                germanySurrender = t;
            }

            if (japanSurrender == Calendar.Never && germanySurrender != Calendar.Never && pacific > 0.6 && s.Pacific.Bernoulli(0.3))
            {
                japanSurrender = t;
            }

            o.SetTrajectory(t, TrajectoryVariable.GermanDepthKm, depth);
            o.SetTrajectory(t, TrajectoryVariable.SovietCohesion, cohesion);
            o.SetTrajectory(t, TrajectoryVariable.GermanEastDe, 150);
            o.SetTrajectory(t, TrajectoryVariable.SovietWestDe, 200);
            o.SetTrajectory(t, TrajectoryVariable.SovietEastDe, eastNow);
            o.SetTrajectory(t, TrajectoryVariable.KwantungDe, 13);
            o.SetTrajectory(t, TrajectoryVariable.JapanOilMonths, oil);
            o.SetTrajectory(t, TrajectoryVariable.SouthernExtent, southern);
            o.SetTrajectory(t, TrajectoryVariable.PacificProgress, pacific);
            o.SetTrajectory(t, TrajectoryVariable.WesternFrontProgress, 0);
        }

        var bothDown = germanySurrender != Calendar.Never && japanSurrender != Calendar.Never;
        o.States[(int)CategoricalMetric.EndResult] = (byte)(bothDown ? 0 : 3);
        o.States[(int)CategoricalMetric.GermanyOutcome] = (byte)(germanySurrender != Calendar.Never ? 0 : 2);
        o.States[(int)CategoricalMetric.JapanOutcome] = (byte)(japanSurrender != Calendar.Never ? 0 : 2);
        o.States[(int)CategoricalMetric.UssrOutcome] = (byte)(bothDown ? 0 : 2);
        o.Months[(int)MonthMetric.GermanySurrender] = germanySurrender;
        o.Months[(int)MonthMetric.JapanSurrender] = japanSurrender;
        o.Months[(int)MonthMetric.WarEnd] = bothDown ? Math.Max(germanySurrender, japanSurrender) : Calendar.Never;
        o.Months[(int)MonthMetric.JapanAttackUssr] = japanAttack;
        o.Months[(int)MonthMetric.UsEntry] = Math.Min(6, horizon);
        o.Months[(int)MonthMetric.MaxGermanDepth] = maxDepthMonth;
        o.Numbers[(int)NumericMetric.MaxGermanDepthKm] = maxDepth;
        o.Numbers[(int)NumericMetric.SouthernExtentJune1942] = o.TrajectoryAt(Math.Min(12, horizon), TrajectoryVariable.SouthernExtent);
        o.Numbers[(int)NumericMetric.SovietDivisionsSentWest] = sentWest;
        o.Numbers[(int)NumericMetric.SovietMilitaryLosses] = 8;
        o.Numbers[(int)NumericMetric.GermanEastLosses] = 3;
        o.Numbers[(int)NumericMetric.JapaneseMilitaryLosses] = 2;
        o.Numbers[(int)NumericMetric.LendLeaseMillionTons] = 17;
        o.Numbers[(int)NumericMetric.LendLeasePacificShare] = japanAttack == Calendar.Never ? 0.47 : 0.1;
        o.Numbers[(int)NumericMetric.RedArmyLineAtGermanSurrenderKm] = germanySurrender != Calendar.Never ? o.TrajectoryAt(germanySurrender, TrajectoryVariable.GermanDepthKm) : double.NaN;
        o.Numbers[(int)NumericMetric.SovietOccupiesManchuria] = 0;
    }
}
