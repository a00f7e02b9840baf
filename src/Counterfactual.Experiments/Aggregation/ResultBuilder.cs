using System.Globalization;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Claims;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Statistics;
using Counterfactual.Model.Metrics;
using Counterfactual.Experiments.Running;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Experiments.Aggregation;

/// <summary>
/// Turns an aggregate state into result rows, in the stable order of ARCHITECTURE.md: scenario, then metric
/// (catalog order), then state, bin or month. A pure function of the state's integers.
/// </summary>
public static class ResultBuilder
{
    /// <summary>Builds the result set of <paramref name="state"/> for <paramref name="batch"/>.</summary>
    public static ResultSet Build(Batch batch, AggregateState state, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(manifest);
        if (state.Layout != BatchRunner.LayoutOf(batch))
        {
            throw new ArgumentException("The state was not accumulated for this batch.", nameof(state));
        }

        var scenarios = batch.Scenarios.Select(s => new ScenarioRow(s.Id, s.Values, state.Worlds)).ToList();
        List<ClaimRow> claims = [.. batch.Claims.Select((c, i) => ClaimEvaluator.Evaluate(batch, c, state, i))];
        ConditioningRow? conditioning = null;
        if (batch.Conditioning is { } spec)
        {
            claims.AddRange(batch.Claims.Select((c, i) => ClaimEvaluator.EvaluateConditioned(batch, c, state, i)));
            var (low, high) = Wilson.Interval95(state.Accepted, state.Worlds);
            conditioning = new ConditioningRow(batch.Scenarios[spec.FactualScenario].Id, spec.Describe(), state.Worlds, state.Accepted, Ratio(state.Accepted, state.Worlds), low, high);
        }

        return new ResultSet(
            manifest,
            [.. batch.Levers.Select(l => l.Name)],
            scenarios,
            EndStates(batch, state),
            Summary(batch, state),
            Distributions(batch, state),
            Trajectories(batch, state),
            claims)
        {
            Conditioning = conditioning,
        };
    }

    private static List<EndStateRow> EndStates(Batch batch, AggregateState state)
    {
        var rows = new List<EndStateRow>();
        var n = state.Worlds;
        foreach (var scenario in batch.Scenarios)
        {
            for (var m = 0; m < MetricCatalog.Categorical.Count; m++)
            {
                var metric = MetricCatalog.Categorical[m];
                for (var j = 0; j < metric.States.Count; j++)
                {
                    var count = state.States[AggregateState.StateIndex(scenario.Index, m, j)];
                    var (low, high) = Wilson.Interval95(count, n);
                    rows.Add(new EndStateRow(scenario.Id, metric.Name, metric.States[j], count, Ratio(count, n), low, high));
                }
            }
        }

        return rows;
    }

    private static List<SummaryRow> Summary(Batch batch, AggregateState state)
    {
        var rows = new List<SummaryRow>();
        foreach (var scenario in batch.Scenarios)
        {
            for (var m = 0; m < AggregateLayout.NumericCount; m++)
            {
                var d = MetricCatalog.Numbers[m];
                var i = AggregateState.NumericIndex(scenario.Index, m);
                var n = state.NumericDefined[i];
                var offset = i * AggregateLayout.NumericBins;
                double Q(double q) => HistogramQuantile.Of<long>(state.NumericHistogram.AsSpan(offset, AggregateLayout.NumericBins), d.Min, d.Max, q);
                rows.Add(new SummaryRow(
                    scenario.Id,
                    d.Name,
                    n,
                    FixedPoint.Mean(state.NumericSum[i], n),
                    FixedPoint.StandardDeviation(state.NumericSum[i], state.NumericSumOfSquares[i], n),
                    Q(0.05),
                    Q(0.25),
                    Q(0.50),
                    Q(0.75),
                    Q(0.95)));
            }
        }

        return rows;
    }

    private static List<DistributionRow> Distributions(Batch batch, AggregateState state)
    {
        var rows = new List<DistributionRow>();
        var n = state.Worlds;
        const int perBin = AggregateLayout.NumericBins / AggregateLayout.DistributionBins;
        foreach (var scenario in batch.Scenarios)
        {
            for (var m = 0; m < AggregateLayout.MonthCount; m++)
            {
                var name = MetricCatalog.Months[m].Name;
                var start = state.MonthBase(scenario.Index, m);
                for (var month = 0; month <= batch.Horizon; month++)
                {
                    var count = state.MonthHistogram[start + 1 + month];
                    if (count > 0)
                    {
                        rows.Add(new DistributionRow(scenario.Id, name, Calendar.Format(month), count, Ratio(count, n)));
                    }
                }

                var never = state.MonthHistogram[start];
                if (never > 0)
                {
                    rows.Add(new DistributionRow(scenario.Id, name, Calendar.Format(Calendar.Never), never, Ratio(never, n)));
                }
            }

            for (var m = 0; m < AggregateLayout.NumericCount; m++)
            {
                var d = MetricCatalog.Numbers[m];
                var labels = NumericBinLabels[m];
                var hist = state.NumericHistogram.AsSpan(AggregateState.NumericIndex(scenario.Index, m) * AggregateLayout.NumericBins, AggregateLayout.NumericBins);
                for (var b = 0; b < AggregateLayout.DistributionBins; b++)
                {
                    long count = 0;
                    foreach (var c in hist.Slice(b * perBin, perBin))
                    {
                        count += c;
                    }

                    if (count > 0)
                    {
                        rows.Add(new DistributionRow(scenario.Id, d.Name, labels[b], count, Ratio(count, n)));
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// Each numeric metric's <see cref="BinLabel"/>s, made once: the same for every scenario, and formatting them again
    /// for each was enough calls for the runtime to recompile the number formatting at the end of every run.
    /// </summary>
    private static readonly string[][] NumericBinLabels =
        [.. MetricCatalog.Numbers.Select(d => Enumerable.Range(0, AggregateLayout.DistributionBins).Select(b => BinLabel(d, b)).ToArray())];

    /// <summary>The lower edge of a distribution bin, computed so round edges print round (0.06, not 0.060000000000000005).</summary>
    internal static string BinLabel(MetricDescriptor d, int bin)
    {
        const int bins = AggregateLayout.DistributionBins;
        var edge = ((d.Min * (bins - bin)) + (d.Max * bin)) / bins;
        return edge.ToString("R", CultureInfo.InvariantCulture);
    }

    private static List<TrajectoryRow> Trajectories(Batch batch, AggregateState state)
    {
        var rows = new List<TrajectoryRow>();
        foreach (var scenario in batch.Scenarios)
        {
            for (var month = 0; month <= batch.Horizon; month++)
            {
                var label = Calendar.Format(month);
                for (var v = 0; v < AggregateLayout.VariableCount; v++)
                {
                    var d = MetricCatalog.Trajectories[v];
                    var cell = state.TrajectoryCell(scenario.Index, month, v);
                    var hist = state.TrajectoryHistogram.AsSpan(cell * AggregateLayout.TrajectoryBins, AggregateLayout.TrajectoryBins);
                    rows.Add(new TrajectoryRow(
                        scenario.Id,
                        label,
                        d.Name,
                        FixedPoint.Mean(state.TrajectorySum[cell], state.TrajectoryDefined[cell]),
                        HistogramQuantile.Of<int>(hist, d.Min, d.Max, 0.10),
                        HistogramQuantile.Of<int>(hist, d.Min, d.Max, 0.50),
                        HistogramQuantile.Of<int>(hist, d.Min, d.Max, 0.90)));
                }
            }
        }

        return rows;
    }

    private static double Ratio(long count, long n) => n == 0 ? double.NaN : count / (double)n;
}
