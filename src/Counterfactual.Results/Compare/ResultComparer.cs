using Counterfactual.Experiments.Output;
using Counterfactual.Model.Time;

namespace Counterfactual.Results.Compare;

/// <summary>
/// Compares two result sets of the same scenario grid, scenario by scenario and metric by metric, with a test
/// suited to each kind of metric: categorical states by the two-proportion z test on end_states counts; month
/// metrics by the two-sample Kolmogorov-Smirnov test on the binned counts of distributions.csv ("never" is later
/// than any month); numeric metrics by Welch's t test on summary.csv (n, mean, sd). Multiple comparisons are
/// controlled by Benjamini-Hochberg at the false discovery rate alpha over every tested row.
/// </summary>
/// <remarks>The tests treat A and B as independent samples (two seeds, two model versions); they ignore any
/// pairing, so they are conservative for two runs that share worlds.</remarks>
public static partial class ResultComparer
{
    private const string MedianMonth = "median_month";
    private const string Mean = "mean";

    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/>; differences are B - A.</summary>
    /// <exception cref="IncomparableResultsException">The scenario grids differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Alpha is not in (0, 1).</exception>
    public static Comparison Compare(ResultSet a, ResultSet b, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!(alpha is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Alpha must be between 0 and 1 (exclusive).");
        }

        CheckGrid(a, b);
        var rows = new List<CompareRow>();
        var endA = a.EndStates.ToLookup(r => r.ScenarioId);
        var endB = b.EndStates.ToLookup(r => r.ScenarioId);
        var distA = a.Distributions.ToLookup(r => r.ScenarioId);
        var distB = b.Distributions.ToLookup(r => r.ScenarioId);
        var sumA = a.Summary.ToLookup(r => r.ScenarioId);
        var sumB = b.Summary.ToLookup(r => r.ScenarioId);
        foreach (var scenario in a.Scenarios.Select(s => s.ScenarioId))
        {
            rows.AddRange(Categorical(scenario, [.. endA[scenario]], [.. endB[scenario]]));
            rows.AddRange(Months(scenario, [.. distA[scenario]], [.. distB[scenario]]));
            rows.AddRange(Numbers(scenario, [.. sumA[scenario]], [.. sumB[scenario]]));
        }

        var adjusted = BenjaminiHochberg.Adjust([.. rows.Select(r => r.PValue)]);
        var judged = rows.Select((r, i) => double.IsNaN(adjusted[i])
            ? r with { Verdict = Verdicts.NotTested }
            : r with { PAdjusted = adjusted[i], Verdict = adjusted[i] <= alpha ? Verdicts.Differs : Verdicts.Same }).ToList();

        var claimsB = b.Claims.GroupBy(c => c.ClaimId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var claimIdsA = a.Claims.Select(c => c.ClaimId).ToHashSet(StringComparer.Ordinal);
        var claims = a.Claims.Where(c => claimsB.ContainsKey(c.ClaimId)).Select(c => new ClaimChange(c.ClaimId, c.Verdict, claimsB[c.ClaimId].Verdict)).ToList();
        var unmatched = a.Claims.Select(c => c.ClaimId).Where(id => !claimsB.ContainsKey(id))
            .Concat(b.Claims.Select(c => c.ClaimId).Where(id => !claimIdsA.Contains(id)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Comparison(judged, alpha, a.Scenarios.Count, claims, unmatched);
    }

    private static void CheckGrid(ResultSet a, ResultSet b)
    {
        if (!a.LeverNames.SequenceEqual(b.LeverNames, StringComparer.Ordinal))
        {
            throw new IncomparableResultsException(
                $"the scenario grids differ: levers [{string.Join(", ", a.LeverNames)}] in A, [{string.Join(", ", b.LeverNames)}] in B");
        }

        if (a.Scenarios.Count != b.Scenarios.Count)
        {
            throw new IncomparableResultsException($"the scenario grids differ: {a.Scenarios.Count} scenarios in A, {b.Scenarios.Count} in B");
        }

        var byId = b.Scenarios.GroupBy(s => s.ScenarioId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var scenario in a.Scenarios)
        {
            if (!byId.TryGetValue(scenario.ScenarioId, out var other))
            {
                throw new IncomparableResultsException($"the scenario grids differ: scenario {scenario.ScenarioId} is in A but not in B");
            }

            var leversA = Describe(scenario);
            var leversB = Describe(other);
            if (leversA != leversB)
            {
                throw new IncomparableResultsException($"the scenario grids differ: {scenario.ScenarioId} is {leversA} in A but {leversB} in B");
            }
        }
    }

    private static string Describe(ScenarioRow s) => string.Join(", ", s.Levers.Select(l => l.Name + "=" + l.Value));

    /// <summary>The keys of <paramref name="a"/> then those only in <paramref name="b"/>, each once, in order of first appearance.</summary>
    private static List<T> Union<T>(IEnumerable<T> a, IEnumerable<T> b) => [.. a.Concat(b).Distinct()];

    private static CompareRow Untested(string scenario, string metric, string stat, double valueA, double valueB) =>
        new(scenario, metric, stat, valueA, valueB, valueB - valueA, Verdicts.None, double.NaN, double.NaN, double.NaN, Verdicts.NotTested);

    private static CompareRow Tested(string scenario, string metric, string stat, double valueA, double valueB, string test, TestResult result) =>
        new(scenario, metric, stat, valueA, valueB, valueB - valueA, test, result.Statistic, result.PValue, double.NaN, Verdicts.Same);

    private static bool IsMonthBin(string bin) => bin == "never" || Calendar.TryParse(bin, out _);

    private static int BinOrder(string bin) => Calendar.TryParse(bin, out var m) ? m : int.MaxValue;
}
