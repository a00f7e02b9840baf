using Counterfactual.Experiments.Batches;

namespace Counterfactual.Experiments.Tests;

/// <summary>Batch texts shared by the tests.</summary>
internal static class TestBatches
{
    /// <summary>The essay's 2 x 4 x 4 grid with comments and trailing commas.</summary>
    public const string Grid = """
        // essay grid
        {
          "name": "grid-test",
          "description": "2 x 4 x 4",
          "seed": 19410413,
          "replications": 10000,
          "horizon": "1949-12",
          "levers": {
            "pact": [true, false],
            "sovietEastDivisions": [8, 16, 24, 32],
            "japanSouthDivisions": [5, 8, 11, 14], /* trailing comma next */
          },
          "parameters": { "pactCredibility": 0.8, "kantokuenThreshold": {"uniform": [0.5, 0.6]} },
          "claims": [
            { "id": "c1", "statement": "deeper", "metric": "max_german_depth_km",
              "a": {"pact": true}, "b": {"pact": false}, "test": "superiority", "expect": "greater" },
          ],
          "outputs": { "raw": false },
        }
        """;

    /// <summary>A small runnable batch: 2 x 2 scenarios and one claim of each kind.</summary>
    public static string Small(long replications = 600, string design = "montecarlo") => $$"""
        {
          "name": "small",
          "seed": 42,
          "replications": {{replications}},
          "horizon": "1944-12",
          "design": "{{design}}",
          "levers": { "pact": [true, false], "sovietEastDivisions": [8, 16] },
          "parameters": { "pactCredibility": {"beta": [6, 4]} },
          "claims": [
            { "id": "depth", "metric": "max_german_depth_km", "a": {"pact": true}, "b": {"pact": false}, "test": "superiority", "expect": "greater", "margin": 10 },
            { "id": "winner", "metric": "end_result", "state": "ALLIED_VICTORY", "a": {"pact": true, "sovietEastDivisions": 16}, "b": {"pact": false, "sovietEastDivisions": 8}, "test": "equivalence", "margin": 0.05 },
            { "id": "attack", "metric": "japan_attack_ussr_month", "statistic": "probability", "by": "1942-06", "a": {"pact": true}, "b": {"pact": false}, "test": "difference" },
            { "id": "end", "metric": "germany_surrender_month", "statistic": "median", "a": {"sovietEastDivisions": 16}, "b": {"sovietEastDivisions": 8}, "test": "difference", "margin": 2 },
            { "id": "endmean", "metric": "max_german_depth_month", "statistic": "mean", "a": {"pact": true}, "b": {"pact": false}, "test": "difference" },
          ],
        }
        """;

    public static Batch Load(string json)
    {
        var result = BatchLoader.Parse(json, "test.json");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Batch!;
    }

    /// <summary>Lines joined with '\n' so the tests can name line numbers.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines);
}
