using Counterfactual.Experiments.Output;

namespace Counterfactual.Results.Tests.Support;

/// <summary>
/// A small hand-built result set with the awkward values a writer must get right: NaN, negative zero,
/// negatives, tiny and large numbers, numbers that need rounding, and text with a comma and quotes.
/// </summary>
internal static class SampleResults
{
    public static readonly string[] LeverNames = ["pact", "sovietEastDivisions", "japanSouthDivisions"];

    public static ResultSet Create() => new(
        Manifest: new RunManifest(
            Tool: "counterfactual",
            ToolVersion: "0.1.0",
            ModelVersion: "0.1.0",
            BatchName: "golden",
            BatchFile: "scenarios/golden.json",
            BatchSha256: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            Seed: 18446744073709551557UL,
            Replications: 10,
            ReplicationsCompleted: 10,
            Scenarios: 2,
            Horizon: "1949-12",
            Shard: null,
            Complete: true,
            StartedUtc: new DateTimeOffset(2025, 1, 31, 13, 0, 0, TimeSpan.FromHours(1)),
            FinishedUtc: new DateTimeOffset(2025, 1, 31, 12, 0, 1, 250, TimeSpan.Zero),
            GitCommit: "a904777",
            Threads: 2),
        LeverNames: LeverNames,
        Scenarios:
        [
            new("s01", [new("pact", "true"), new("sovietEastDivisions", "16"), new("japanSouthDivisions", "11")], 10),
            new("s02", [new("pact", "false"), new("sovietEastDivisions", "1941-10:8;1942-06:16"), new("japanSouthDivisions", "11")], 10),
        ],
        EndStates:
        [
            new("s01", "end_result", "ALLIED_VICTORY", 7, 0.7, 0.396781, 0.892213),
            new("s01", "end_result", "AXIS_UNDEFEATED", 3, 0.3, 0.1077867, 0.6032188),
            new("s02", "end_result", "ALLIED_VICTORY", 10, 1.0, 0.7224672, 1.0),
            new("s02", "end_result", "AXIS_UNDEFEATED", 0, 0.0, 0.0, double.NaN),
        ],
        Summary:
        [
            new("s01", "max_german_depth_km", 10, 987.654321, 123.4567891, -12.5, 500, 1000.0000001, 1234567.89, 123456789012),
            new("s01", "red_army_line_at_german_surrender_km", 1, -333.3333333, double.NaN, -0.0, -1e-7, 1.23456789e-9, 0.000999999, 9999999.5),
            new("s02", "soviet_occupies_manchuria", 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN),
        ],
        Distributions:
        [
            new("s01", "war_end_month", "1945-05", 6, 0.6),
            new("s01", "war_end_month", "never", 4, 0.4),
            new("s02", "max_german_depth_km", "-250", 1, 0.1),
            new("s02", "max_german_depth_km", "1000", 9, 0.9),
        ],
        Trajectories:
        [
            new("s01", "1941-06", "german_depth_km", 0, -0.0, 0, 1e-300),
            new("s01", "1941-07", "german_depth_km", 250.123456789, 100.5, 249.99999, 400),
            new("s02", "1941-06", "soviet_cohesion", 1, 1, 1, 1),
        ],
        Claims:
        [
            new("C1", "The pact changed the road, not the \"end result\", of the war", "end_result=ALLIED_VICTORY", "pact=true", "pact=false",
                0.7, 1, 0.3, 0.05, 0.55, 0.05, "equivalence", 1e-20, "FAILS", 0),
            new("C2", "Siberian divisions saved Moscow", "moscow_fall_month", "pact=true", "pact=false",
                0.1, 0.2, 0.1, -0.0499999, 0.25, double.NaN, "difference", 0.123456789, "INCONCLUSIVE", 123456),
        ]);
}
