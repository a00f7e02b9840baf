using System.Globalization;
using System.Text;
using Counterfactual.Experiments.Battles;
using CsvHelper;

namespace Counterfactual.Results.Battles;

/// <summary>
/// Writes one row per simulated battle: invariant culture, "\n" line ends, UTF-8 without BOM, a
/// header, numbers in the shared six-significant-digit format (<see cref="CsvNumber"/>); written
/// atomically (<see cref="AtomicFile"/>), so a reader never sees half a file.
/// </summary>
public static class BattleResultsWriter
{
    /// <summary>The header, exactly.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "isqno", "war", "attacker_strength", "defender_strength", "duration_days", "p_attacker_win", "p_draw",
        "mean_attacker_casualties", "mean_defender_casualties", "attacker_rate_per_day", "defender_rate_per_day",
    ];

    /// <summary>Writes <paramref name="results"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<BattleResult> results)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(results);
        AtomicFile.Write(Path.GetFullPath(path), stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            using var writer = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" });
            foreach (var column in Columns)
            {
                writer.WriteField(column);
            }

            writer.EndRecord();
            foreach (var r in results)
            {
                writer.WriteField(r.Isqno.ToString(CultureInfo.InvariantCulture));
                writer.WriteField(r.War);
                foreach (var x in (double[])[r.AttackerStrength, r.DefenderStrength, r.DurationDays, r.PAttackerWin, r.PDraw, r.MeanAttackerCasualties, r.MeanDefenderCasualties, r.AttackerRatePerDay, r.DefenderRatePerDay])
                {
                    writer.WriteField(CsvNumber.Format(x));
                }

                writer.EndRecord();
            }
        });
    }
}
