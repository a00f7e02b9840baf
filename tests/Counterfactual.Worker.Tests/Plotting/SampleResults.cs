using System.Globalization;
using Counterfactual.Experiments.Output;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Worker.Tests.Plotting;

/// <summary>
/// Hand-made result sets for the chart tests: plausible numbers from closed-form curves, no simulation run.
/// </summary>
internal static class SampleResults
{
    /// <summary>Pact true/false x Soviet east 16/24 x Japan south 11: four scenarios, two pact pairs, two claims.</summary>
    internal static ResultSet WithPactPairs()
    {
        ScenarioRow[] scenarios =
        [
            Scenario("s01", ("pact", "true"), ("sovietEastDivisions", "16"), ("japanSouthDivisions", "11")),
            Scenario("s02", ("pact", "true"), ("sovietEastDivisions", "24"), ("japanSouthDivisions", "11")),
            Scenario("s03", ("pact", "false"), ("sovietEastDivisions", "16"), ("japanSouthDivisions", "11")),
            Scenario("s04", ("pact", "false"), ("sovietEastDivisions", "24"), ("japanSouthDivisions", "11")),
        ];
        ClaimRow[] claims =
        [
            Claim("claim1_depth", "max_german_depth_km", 905, 962, 57, 31, 83, 0, "superiority", "HOLDS"),
            Claim("claim3_victory", "end_result", 0.83, 0.81, -0.02, -0.041, 0.001, 0.05, "equivalence", "HOLDS"),
        ];
        return Build(["pact", "sovietEastDivisions", "japanSouthDivisions"], scenarios, claims);
    }

    /// <summary>Two scenarios that differ in Soviet east divisions only: no pact lever, one claim.</summary>
    internal static ResultSet WithoutPactLever()
    {
        ScenarioRow[] scenarios =
        [
            Scenario("s01", ("sovietEastDivisions", "16")),
            Scenario("s02", ("sovietEastDivisions", "24")),
        ];
        ClaimRow[] claims = [Claim("claim_east", "max_german_depth_km", 905, 880, -25, -40, -10, 0, "difference", "HOLDS")];
        return Build(["sovietEastDivisions"], scenarios, claims);
    }

    /// <summary>A single scenario with the pact on and no claims: nothing to compare.</summary>
    internal static ResultSet SingleScenario() =>
        Build(["pact"], [Scenario("s01", ("pact", "true"))], []);

    private static ResultSet Build(IReadOnlyList<string> levers, ScenarioRow[] scenarios, ClaimRow[] claims)
    {
        var endStates = new List<EndStateRow>();
        var distributions = new List<DistributionRow>();
        var trajectories = new List<TrajectoryRow>();
        for (var i = 0; i < scenarios.Length; i++)
        {
            var id = scenarios[i].ScenarioId;
            var shift = i * 0.02;
            endStates.AddRange(EndStates(id, [0.80 - shift, 0.08, 0.09 + shift, 0.03]));
            distributions.AddRange(Months(id, "war_end_month", new DateTime(1945, 5, 1, 0, 0, 0, DateTimeKind.Unspecified), 30, 0.04 + shift));
            distributions.AddRange(Months(id, "germany_surrender_month", new DateTime(1944, 11, 1, 0, 0, 0, DateTimeKind.Unspecified), 24, 0.02));
            distributions.AddRange(Months(id, "japan_surrender_month", new DateTime(1945, 6, 1, 0, 0, 0, DateTimeKind.Unspecified), 30, 0.05 + shift));
            trajectories.AddRange(Trajectories(id, 1 + (i * 0.05)));
        }

        var manifest = new RunManifest(
            "counterfactual", "0.1.0", "test", "sample", "sample.json", new string('0', 64), 1, 1000, 1000,
            scenarios.Length, "1949-12", null, true, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, 1);
        return new ResultSet(manifest, levers, scenarios, endStates, [], distributions, trajectories, claims);
    }

    private static ScenarioRow Scenario(string id, params (string Name, string Value)[] levers) =>
        new(id, [.. levers.Select(l => new LeverValue(l.Name, l.Value))], 1000);

    private static IEnumerable<EndStateRow> EndStates(string id, double[] probabilities)
    {
        for (var s = 0; s < MetricCatalog.EndResultStates.Count; s++)
        {
            var p = probabilities[s];
            var half = 1.96 * Math.Sqrt(p * (1 - p) / 1000);
            yield return new EndStateRow(id, "end_result", MetricCatalog.EndResultStates[s], (long)(p * 1000), p, Math.Max(0, p - half), Math.Min(1, p + half));
        }
    }

    // A bell of monthly probabilities centred on `centre` spread over `months`, plus a "never" share.
    private static IEnumerable<DistributionRow> Months(string id, string metric, DateTime centre, int months, double never)
    {
        var weights = Enumerable.Range(0, months).Select(k => Math.Exp(-Math.Pow((k - (months / 2.0)) / (months / 6.0), 2))).ToArray();
        var total = weights.Sum();
        for (var k = 0; k < months; k++)
        {
            var p = (1 - never) * weights[k] / total;
            var month = centre.AddMonths(k - (months / 2)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            yield return new DistributionRow(id, metric, month, (long)(p * 1000), p);
        }

        yield return new DistributionRow(id, metric, "never", (long)(never * 1000), never);
    }

    private static IEnumerable<TrajectoryRow> Trajectories(string id, double factor)
    {
        var start = new DateTime(1941, 6, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var k = 0; k < 54; k++)
        {
            var month = start.AddMonths(k).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var t = k / 53.0;
            var depth = factor * 1000 * Math.Sin(Math.PI * Math.Min(1, t * 1.6)) - (t > 0.7 ? 600 * (t - 0.7) : 0);
            yield return Row("german_depth_km", depth, 120 + (200 * t));
            var cohesion = 0.9 - (0.3 * Math.Sin(Math.PI * Math.Min(1, t * 2)) * factor);
            yield return Row("soviet_cohesion", cohesion, 0.08);
            var south = Math.Min(1, t * 6) * (1 - (0.6 * Math.Max(0, t - 0.5)));
            yield return Row("southern_extent", south / factor, 0.1);
            yield return Row("pacific_progress", Math.Max(0, (t - 0.25) * 1.2), 0.12);

            TrajectoryRow Row(string variable, double median, double spread) =>
                new(id, month, variable, median, median - spread, median, median + spread);
        }
    }

    private static ClaimRow Claim(string id, string metric, double a, double b, double difference, double low, double high, double margin, string test, string verdict) =>
        new(id, "A sample claim about " + metric + ".", metric, "s01", "s03", a, b, difference, low, high, margin, test, 0.01, verdict, 0);
}
