using Counterfactual.Experiments.Output;

namespace Counterfactual.Results.Tests.Compare;

/// <summary>Hand-built result sets for comparison tests: two scenarios, one metric of each kind, one claim.</summary>
internal static class CompareSets
{
    private static readonly string[] Levers = ["pact"];

    /// <summary>
    /// A set whose s02 (pact false) has <paramref name="victories"/> of 1000 ALLIED_VICTORY, a war-end month
    /// distribution shifted by <paramref name="shift"/> months, and a mean depth of <paramref name="depth"/>.
    /// </summary>
    public static ResultSet Create(long victories = 600, int shift = 0, double depth = 500, string verdict = "HOLDS", string pactB = "false") => new(
        Manifest: new RunManifest("counterfactual", "0.1.0", "0.1.0", "t", "t.json", new string('0', 64), 1, 1000, 1000, 2, "1949-12", null, true,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, 1),
        LeverNames: Levers,
        Scenarios: [new("s01", [new("pact", "true")], 1000), new("s02", [new("pact", pactB)], 1000)],
        EndStates:
        [
            new("s01", "end_result", "ALLIED_VICTORY", 600, 0.6, 0, 0),
            new("s01", "end_result", "AXIS_UNDEFEATED", 400, 0.4, 0, 0),
            new("s02", "end_result", "ALLIED_VICTORY", victories, victories / 1000.0, 0, 0),
            new("s02", "end_result", "AXIS_UNDEFEATED", 1000 - victories, 1 - (victories / 1000.0), 0, 0),
        ],
        Summary:
        [
            new("s01", "max_german_depth_km", 1000, 500, 80, 0, 0, 0, 0, 0),
            new("s02", "max_german_depth_km", 1000, depth, 80, 0, 0, 0, 0, 0),
            new("s02", "red_army_line_at_german_surrender_km", 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN),
        ],
        Distributions:
        [
            .. Months("s01", 0),
            .. Months("s02", shift),
            new("s01", "max_german_depth_km", "400", 1000, 1),
            new("s02", "max_german_depth_km", "400", 1000, 1),
        ],
        Trajectories: [],
        Claims: [new("c1", "text", "end_result", "s01", "s02", 0.6, 0.6, 0, -0.01, 0.01, 0.05, "equivalence", 0.01, verdict, 0)]);

    private static IEnumerable<DistributionRow> Months(string scenario, int shift)
    {
        // 1945-01 .. 1945-10 with 90 each, "never" 100: "never" is listed first to check it sorts last.
        yield return new(scenario, "war_end_month", "never", 100, 0.1);
        for (var m = 1; m <= 10; m++)
        {
            var month = new DateTime(1945, m, 1).AddMonths(shift);
            yield return new(scenario, "war_end_month", month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), 90, 0.09);
        }
    }
}
