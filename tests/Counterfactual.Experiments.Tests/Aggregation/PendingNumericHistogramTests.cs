using Counterfactual.Experiments.Aggregation;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Tests.Aggregation;

/// <summary>
/// A worker's numeric-metric histogram counts wait in 16-bit cells laid out [metric, bin, scenario] until the
/// state is read; what is read must be the [scenario, metric, bin] counts of every value, one by one.
/// </summary>
public sealed class PendingNumericHistogramTests
{
    private const int Horizon = 102; // 1949-12
    private const int Bins = AggregateLayout.NumericBins;

    [Fact]
    public void NumericHistogram_ReadBeforeAndAfterMoreReplications_CountsEachValueInItsScenariosBin()
    {
        var layout = new AggregateLayout(3, Horizon, 0);
        var state = new AggregateState(layout);
        var expected = new long[state.NumericHistogram.Length];
        var outcomes = HeldRowsTests.Outcomes(80).ToArray();
        for (var i = 0; i < outcomes.Length; i++)
        {
            var (scenario, outcome) = outcomes[i];
            state.AddOutcome(scenario, outcome);
            for (var m = 0; m < MetricCatalog.Numbers.Count; m++)
            {
                var x = outcome.Numbers[m];
                var d = MetricCatalog.Numbers[m];
                if (!double.IsNaN(x))
                {
                    expected[(AggregateState.NumericIndex(scenario, m) * Bins) + AggregateState.Bin(x, d.Min, d.Max, Bins)]++;
                }
            }

            if (i == outcomes.Length / 2)
            {
                Assert.Equal(expected, state.NumericHistogram);
            }
        }

        Assert.Equal(expected, state.NumericHistogram);
        Assert.True(expected.Count(c => c > 0) > 100, "the worlds should fill many bins");
    }

    /// <summary>70,000 replications of one world put 70,000 counts in one bin of each defined metric (not 70,000 - 65,536).</summary>
    [Fact]
    public void NumericHistogram_MoreCountsInOneBinThanTheir16BitCellsHold_CountsEveryOne()
    {
        const int replications = 70_000;
        var state = new AggregateState(new AggregateLayout(3, Horizon, 0));
        var outcome = HeldRowsTests.Outcomes(1).First(o => o.Scenario == 2).Outcome;
        for (var i = 0; i < replications; i++)
        {
            state.AddOutcome(2, outcome);
        }

        var histogram = state.NumericHistogram;
        for (var m = 0; m < MetricCatalog.Numbers.Count; m++)
        {
            var counts = histogram.AsSpan(AggregateState.NumericIndex(2, m) * Bins, Bins).ToArray();
            Assert.Equal(double.IsNaN(outcome.Numbers[m]) ? 0 : replications, counts.Max());
            Assert.Equal(double.IsNaN(outcome.Numbers[m]) ? 0 : replications, counts.Sum());
            Assert.Equal(0, histogram.AsSpan(AggregateState.NumericIndex(1, m) * Bins, Bins).ToArray().Sum());
        }
    }
}
