using System.Globalization;

namespace Counterfactual.Experiments.Batches;

/// <summary>
/// A lever and its levels. Boolean levers store levels as 1 (true) and 0 (false). Levers not named in
/// the batch file appear with their single historical level and <see cref="Specified"/> false.
/// </summary>
public sealed record LeverDefinition(string Name, bool IsBoolean, IReadOnlyList<double> Levels, bool Specified)
{
    /// <summary>The invariant spelling of a level: <c>true</c>/<c>false</c> or the shortest round-trip number.</summary>
    public string Format(double level) =>
        IsBoolean ? (level != 0 ? "true" : "false") : level.ToString("R", CultureInfo.InvariantCulture);
}
