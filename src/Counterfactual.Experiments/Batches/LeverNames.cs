using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Batches;

/// <summary>The model's levers as batch files spell them.</summary>
public static class LeverNames
{
    /// <summary>Whether the Neutrality Pact exists (bool).</summary>
    public const string Pact = "pact";

    /// <summary>Soviet division-equivalents kept east (DE, 0..200).</summary>
    public const string SovietEastDivisions = "sovietEastDivisions";

    /// <summary>Japanese division-equivalents sent south (DE, 0..200).</summary>
    public const string JapanSouthDivisions = "japanSouthDivisions";

    /// <summary>Largest division count a batch may ask for.</summary>
    public const double MaxDivisions = 200;

    /// <summary>All levers in model order.</summary>
    public static IReadOnlyList<string> All { get; } = [Pact, SovietEastDivisions, JapanSouthDivisions];

    /// <summary>The historical value of a lever (pact as 1).</summary>
    public static double Historical(string name) => name switch
    {
        Pact => 1,
        SovietEastDivisions => Levers.HistoricalSovietEastDivisions,
        JapanSouthDivisions => Levers.HistoricalJapanSouthDivisions,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown lever."),
    };

    internal static bool IsBoolean(string name) => name == Pact;
}
