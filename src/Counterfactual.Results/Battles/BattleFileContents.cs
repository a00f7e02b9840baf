using Counterfactual.Experiments.Battles;

namespace Counterfactual.Results.Battles;

/// <summary>
/// What <see cref="BattleFile.Read"/> found: the usable battles, how many rows were skipped for want
/// of strengths, and a note saying where durations came from.
/// </summary>
public sealed record BattleFileContents(IReadOnlyList<BattleRecord> Battles, int Skipped, string DurationNote);
