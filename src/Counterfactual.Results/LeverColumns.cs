namespace Counterfactual.Results;

/// <summary>Codebook entries of the lever columns of <c>scenarios.csv</c> (MODEL.md, Levers).</summary>
internal static class LeverColumns
{
    private static readonly Dictionary<string, ColumnSpec> Known = new(StringComparer.Ordinal)
    {
        ["pact"] = new("pact", "bool", "true/false", "Whether the Soviet-Japanese Neutrality Pact exists from April 1941."),
        ["sovietEastDivisions"] = new("sovietEastDivisions", "number", "DE", "Division-equivalents the USSR keeps east of Lake Baikal through the crisis of 1941-42; above it, forces may go west. A schedule is written month:value;month:value."),
        ["japanSouthDivisions"] = new("japanSouthDivisions", "number", "DE", "Division-equivalents Japan commits to the Southern Operation. A schedule is written month:value;month:value."),
    };

    /// <summary>The codebook entry of a lever column; a lever the codebook does not know gets a generic one.</summary>
    internal static ColumnSpec For(string leverName) =>
        Known.TryGetValue(leverName, out var spec)
            ? spec
            : new ColumnSpec(leverName, "string", "", "Value of this lever in the scenario, as given in the batch file.");
}
