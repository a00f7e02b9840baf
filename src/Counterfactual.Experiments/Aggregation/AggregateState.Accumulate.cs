using System.Runtime.CompilerServices;
using Counterfactual.Experiments.Batches;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Time;

namespace Counterfactual.Experiments.Aggregation;

public sealed partial class AggregateState
{
    private static readonly MetricDescriptor[] Numbers = [.. MetricCatalog.Numbers];

    /// <summary>Adds one scenario's outcome of one world. Allocation-free.</summary>
    internal void AddOutcome(int scenario, ReplicationOutcome outcome)
    {
        var pending = (_pending ??= new PendingCells(Layout.Scenarios, Layout.Months, _trajectorySum.Length)).Take();
        var states = outcome.States;
        for (var m = 0; m < states.Length; m++)
        {
            States[StateIndex(scenario, m, states[m])]++;
        }

        var months = outcome.Months;
        for (var m = 0; m < months.Length; m++)
        {
            var month = months[m];
            var bin = month == Calendar.Never ? 0 : 1 + Math.Clamp(month, 0, Layout.Horizon);
            MonthHistogram[MonthBase(scenario, m) + bin]++;
        }

        var numbers = outcome.Numbers;
        for (var m = 0; m < numbers.Length; m++)
        {
            var x = numbers[m];
            if (double.IsNaN(x))
            {
                continue;
            }

            var d = Numbers[m];
            var i = NumericIndex(scenario, m);
            var fp = FixedPoint.From(x, d.Min, d.Max);
            NumericDefined[i]++;
            NumericSum[i] += fp;
            NumericSumOfSquares[i] += (Int128)fp * fp;
            pending.NumericHistogram[(((m * AggregateLayout.NumericBins) + Bin(x, d.Min, d.Max, AggregateLayout.NumericBins)) * Layout.Scenarios) + scenario]++;
        }

        AddTrajectory(pending, scenario, outcome.Trajectory, outcome.ConstantFrom);
    }

    // The trajectory is the hot part of aggregation (months x variables cells per replication): its values go
    // to TrajectoryCells in runs of contiguous cells, to 64-bit partial sums and 16-bit histogram counts (laid
    // out bin-major across scenarios) that Settle adds to the cells' Int128 sums and int counts. Rows from constantFrom on are all the same (the final state held to the horizon): that row
    // is added once to the held rows, which Settle spreads over the months before anyone reads the cells. The
    // count of finite values of a cell is the sum of its histogram (every finite value lands in a bin), so it
    // is not counted here but summed up by Settle.
    private void AddTrajectory(PendingCells pending, int scenario, double[] trajectory, int constantFrom)
    {
        const int bins = AggregateLayout.TrajectoryBins;
        var variables = AggregateLayout.VariableCount;
        var cellBase = TrajectoryCell(scenario, 0, 0);
        _countsStale = true;
        var monthly = constantFrom >= Layout.Horizon ? trajectory.Length : constantFrom * variables;
        // The pending counts are bin-major across scenarios (see PendingCells.Histogram): this scenario's start at
        // its index and step by the scenario count.
        var scenarios = Layout.Scenarios;
        var counts = monthly == 0 ? Span<ushort>.Empty : pending.Histogram.AsSpan(scenario, (((monthly * bins) - 1) * scenarios) + 1);
        TrajectoryCells.Add(trajectory.AsSpan(0, monthly), 0, pending.Sum.AsSpan(cellBase, monthly), counts, scenarios);
        if (monthly < trajectory.Length)
        {
            var held = cellBase + monthly;
            pending.Held(scenario, constantFrom);
            TrajectoryCells.Add(
                trajectory.AsSpan(monthly, variables), 0, pending.HeldSum.AsSpan(held, variables), pending.HeldHistogram.AsSpan(held * bins, variables * bins));
        }

        if (pending.Added(scenario))
        {
            AddPending(pending);
        }
    }

    /// <summary>Adds one world's paired claim statistics (all scenarios of the world already run).</summary>
    internal void AddClaims(IReadOnlyList<ClaimSpec> claims, ReplicationOutcome[] outcomes) => AddClaims(claims, outcomes, Claims);

    /// <summary>
    /// Adds one world to the claims: always to the unconditioned accumulators and, when the batch conditions on
    /// history and the world's factual run matches the evidence, to the conditioned ones too.
    /// </summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void AddWorld(Batch batch, ReplicationOutcome[] outcomes)
    {
        AddClaims(batch.Claims, outcomes, Claims);
        if (batch.Conditioning is { } conditioning && conditioning.Accepts(outcomes[conditioning.FactualScenario]))
        {
            Accepted++;
            AddClaims(batch.Claims, outcomes, ConditionedClaims);
        }
    }

    private static void AddClaims(IReadOnlyList<ClaimSpec> claims, ReplicationOutcome[] outcomes, IReadOnlyList<ClaimAccumulator> accumulators)
    {
        for (var c = 0; c < claims.Count; c++)
        {
            var spec = claims[c];
            if (spec.Statistic == ClaimStatistic.Median)
            {
                AddMedian(spec, outcomes, accumulators[c]);
                continue;
            }

            Int128 sumA = 0, sumB = 0;
            var defined = true;
            foreach (var pair in spec.Pairs)
            {
                var a = ClaimValue(spec, outcomes[pair.A]);
                var b = ClaimValue(spec, outcomes[pair.B]);
                if (double.IsNaN(a) || double.IsNaN(b))
                {
                    defined = false;
                    break;
                }

                sumA += FixedPoint.From(a, double.MinValue, double.MaxValue);
                sumB += FixedPoint.From(b, double.MinValue, double.MaxValue);
            }

            if (!defined)
            {
                continue;
            }

            var acc = accumulators[c];
            var d = sumB - sumA;
            acc.N++;
            acc.SumA += sumA;
            acc.SumB += sumB;
            acc.SumD += d;
            acc.SumD2 += d * d;
            if (spec.Statistic == ClaimStatistic.Probability && spec.Pairs.Count == 1)
            {
                var inA = sumA != 0;
                var inB = sumB != 0;
                if (inA && inB)
                {
                    acc.Both++;
                }
                else if (inA)
                {
                    acc.OnlyA++;
                }
                else if (inB)
                {
                    acc.OnlyB++;
                }
                else
                {
                    acc.Neither++;
                }
            }
        }
    }

    /// <summary>A median claim's world: the month sums over pairs, when the event happened in every run of the pairs.</summary>
    private static void AddMedian(ClaimSpec spec, ReplicationOutcome[] outcomes, ClaimAccumulator acc)
    {
        long sumA = 0, sumB = 0;
        foreach (var pair in spec.Pairs)
        {
            var a = outcomes[pair.A].Months[spec.Metric.Index];
            var b = outcomes[pair.B].Months[spec.Metric.Index];
            if (a == Calendar.Never || b == Calendar.Never)
            {
                return;
            }

            sumA += a;
            sumB += b;
        }

        acc.AddMedianWorld(sumA, sumB);
    }

    /// <summary>The value a claim reads from one outcome: an indicator, a month index or a number; NaN when undefined.</summary>
    internal static double ClaimValue(ClaimSpec spec, ReplicationOutcome outcome)
    {
        var m = spec.Metric;
        switch (m.Kind)
        {
            case MetricKind.Categorical:
                return outcome.States[m.Index] == spec.State ? 1 : 0;
            case MetricKind.Month:
                var month = outcome.Months[m.Index];
                if (spec.Statistic == ClaimStatistic.Probability)
                {
                    return month != Calendar.Never && (spec.By is null || month <= spec.By) ? 1 : 0;
                }

                return month == Calendar.Never ? double.NaN : month;
            default:
                var x = outcome.Numbers[m.Index];
                return double.IsNaN(x) ? double.NaN : Math.Clamp(x, m.Min, m.Max);
        }
    }
}
