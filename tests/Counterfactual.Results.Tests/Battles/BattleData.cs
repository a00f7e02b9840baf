using Counterfactual.Experiments.Battles;
using Counterfactual.Results.Battles;

namespace Counterfactual.Results.Tests.Battles;

/// <summary>
/// The real data of tests/data/battles, found by walking up from the test assembly to the folder
/// holding Counterfactual.sln. The recipe of COMBAT-MODELS.md T1/T2: duplicates (non-empty parent in
/// battles.csv) removed; strengths INTSTA/INTSTD; duration from battle_durations.csv duration1
/// floored at 1 day. The published targets (n = 486 all, 165 WWII; slopes 0.310 and 1.156) are
/// reproduced only when rows without INTST are dropped (no STRA/STRD fallback), so the validation set
/// uses <see cref="BattleRecord.StrengthsFromInitial"/> only.
/// </summary>
internal static class BattleData
{
    public static string Folder { get; } = FindFolder();

    private static readonly Lazy<BattleFileContents> Contents = new(() =>
        BattleFile.Read(Path.Combine(Folder, "CDB90-orig.csv"), Path.Combine(Folder, "battle_durations.csv")));

    private static readonly Lazy<IReadOnlyList<BattleRecord>> Recipe = new(() =>
    {
        var duplicates = BattleFile.ReadDuplicates(Path.Combine(Folder, "battles.csv"));
        return [.. Contents.Value.Battles.Where(b => !duplicates.Contains(b.Isqno) && b.StrengthsFromInitial && b.ObservedWinner is not null)];
    });

    public static BattleFileContents File => Contents.Value;

    /// <summary>All battles by the recipe (n = 486).</summary>
    public static IReadOnlyList<BattleRecord> All => Recipe.Value;

    /// <summary>World War II battles by the recipe (n = 165).</summary>
    public static IReadOnlyList<BattleRecord> WorldWarII { get; } = [.. All.Where(b => b.IsWorldWarII)];

    public static IReadOnlyList<ArdennesDay> Ardennes { get; } = ArdennesFile.Read(Path.Combine(Folder, "ardennes_daily_bracken1995.csv"));

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Counterfactual.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new DirectoryNotFoundException("Counterfactual.sln not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "tests", "data", "battles");
    }
}
