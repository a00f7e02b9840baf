using Counterfactual.Model.Metrics;
using Counterfactual.Model.Time;

namespace Counterfactual.Results.Tests.Support;

/// <summary>Hand-filled replication outcomes for the raw sink.</summary>
internal static class SampleOutcomes
{
    public static readonly string[] ParameterNames = ["pactCredibility", "kantokuenThreshold"];

    /// <summary>Nothing happened: first states, every month never, every number NaN.</summary>
    public static ReplicationOutcome Empty()
    {
        var outcome = new ReplicationOutcome(Calendar.DefaultHorizon);
        outcome.Clear();
        return outcome;
    }

    /// <summary>A history-like world with a few dates and numbers set.</summary>
    public static ReplicationOutcome Historical()
    {
        var outcome = Empty();
        outcome.States[(int)CategoricalMetric.EndResult] = 0;
        outcome.States[(int)CategoricalMetric.GermanyOutcome] = 0;
        outcome.States[(int)CategoricalMetric.JapanOutcome] = 0;
        outcome.States[(int)CategoricalMetric.UssrOutcome] = 0;
        outcome.Months[(int)MonthMetric.GermanySurrender] = Calendar.FromYearMonth(1945, 5);
        outcome.Months[(int)MonthMetric.JapanSurrender] = Calendar.FromYearMonth(1945, 9);
        outcome.Months[(int)MonthMetric.WarEnd] = Calendar.FromYearMonth(1945, 9);
        outcome.Months[(int)MonthMetric.UsEntry] = Calendar.FromYearMonth(1941, 12);
        outcome.Months[(int)MonthMetric.MaxGermanDepth] = 0;
        outcome.Numbers[(int)NumericMetric.MaxGermanDepthKm] = 1000.25;
        outcome.Numbers[(int)NumericMetric.RedArmyLineAtGermanSurrenderKm] = -987.6543;
        outcome.Numbers[(int)NumericMetric.SovietOccupiesManchuria] = 1;
        outcome.Numbers[(int)NumericMetric.LendLeasePacificShare] = 0.5;
        return outcome;
    }
}
