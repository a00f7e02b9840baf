using Counterfactual.Experiments.Output;

namespace Counterfactual.Worker.Plotting;

/// <summary>Finds the pact / no-pact scenario pairs of a result set (scenarios equal in every other lever).</summary>
internal static class PactPairs
{
    /// <summary>The lever that switches the 1941 Neutrality Pact on (true) or off (false).</summary>
    internal const string PactLever = "pact";

    /// <summary>The factual deployment: 16 DE kept in the Soviet Far East, 11 DE in Japan's Southern Operation.</summary>
    private static readonly (string Name, string Value)[] FactualDeployment =
        [("sovietEastDivisions", "16"), ("japanSouthDivisions", "11")];

    /// <summary>Every pair, in the order the pact scenarios appear; empty without a pact lever or without partners.</summary>
    internal static IReadOnlyList<PactPair> Find(ResultSet results)
    {
        var pairs = new List<PactPair>();
        var noPact = new Dictionary<string, ScenarioRow>(StringComparer.Ordinal);
        foreach (var scenario in results.Scenarios)
        {
            if (PactValue(scenario) == false)
            {
                noPact.TryAdd(Key(scenario), scenario);
            }
        }

        foreach (var scenario in results.Scenarios)
        {
            if (PactValue(scenario) == true && noPact.TryGetValue(Key(scenario), out var partner))
            {
                var others = OtherLevers(scenario);
                pairs.Add(new PactPair(scenario.ScenarioId, partner.ScenarioId, ShortLabel(others), others));
            }
        }

        return pairs;
    }

    /// <summary>The factual deployment's pair if the batch has it, else the first pair; null if there is none.</summary>
    internal static PactPair? Factual(IReadOnlyList<PactPair> pairs)
    {
        foreach (var pair in pairs)
        {
            var matches = FactualDeployment.All(f => pair.OtherLevers.Any(o =>
                string.Equals(o.Name, f.Name, StringComparison.Ordinal) && string.Equals(o.Value, f.Value, StringComparison.Ordinal)));
            if (matches)
            {
                return pair;
            }
        }

        return pairs.Count > 0 ? pairs[0] : null;
    }

    /// <summary>"E16 S11" for the two deployment levers; other levers as name=value.</summary>
    internal static string ShortLabel(IReadOnlyList<(string Name, string Value)> levers) =>
        levers.Count == 0 ? "all" : string.Join(" ", levers.Select(l => l.Name switch
        {
            "sovietEastDivisions" => "E" + l.Value,
            "japanSouthDivisions" => "S" + l.Value,
            _ => l.Name + "=" + l.Value,
        }));

    /// <summary>What the letters of <see cref="ShortLabel"/> mean, for axis labels and titles.</summary>
    internal const string LabelLegend = "E = Soviet DE kept east, S = Japanese DE sent south";

    private static bool? PactValue(ScenarioRow scenario)
    {
        foreach (var lever in scenario.Levers)
        {
            if (string.Equals(lever.Name, PactLever, StringComparison.Ordinal))
            {
                return bool.TryParse(lever.Value, out var value) ? value : null;
            }
        }

        return null;
    }

    private static (string Name, string Value)[] OtherLevers(ScenarioRow scenario) =>
        [.. scenario.Levers.Where(l => !string.Equals(l.Name, PactLever, StringComparison.Ordinal)).Select(l => (l.Name, l.Value))];

    private static string Key(ScenarioRow scenario) =>
        string.Join("\u001f", OtherLevers(scenario).OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => l.Name + "=" + l.Value));
}
