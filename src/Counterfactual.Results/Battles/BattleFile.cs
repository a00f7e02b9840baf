using System.Globalization;
using Counterfactual.Experiments.Battles;
using Counterfactual.Model.Combat;
using CsvHelper;

namespace Counterfactual.Results.Battles;

/// <summary>
/// Reads battles in the format of CDB90's original table (CDB90-orig.csv): ISQNO, WAR, strengths
/// INTSTA/INTSTD (initial strength) falling back to STRA/STRD (total strength), POST1 (defender
/// posture), WINA (1 attacker win, 0 draw, -1 attacker loss), CASA/CASD (casualties). Rows without a
/// positive strength for both sides are skipped and counted.
/// Durations: from a companion battle_durations.csv (CDB90 data package; column duration1, floored
/// at 1 day) when given or found beside the input; otherwise from the file's own attack-period columns
/// (first ATPBYR1.. begin to last ATPE.. end, floored at 1 day); otherwise 1 day.
/// </summary>
public static class BattleFile
{
    /// <summary>Name of the companion durations file looked for beside the input.</summary>
    public const string DurationsFileName = "battle_durations.csv";

    /// <summary>
    /// Reads <paramref name="path"/>. <paramref name="durationsPath"/>: a battle_durations.csv; when
    /// null, one beside the input is used if present.
    /// </summary>
    public static BattleFileContents Read(string path, string? durationsPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (durationsPath is null)
        {
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", DurationsFileName);
            durationsPath = File.Exists(beside) ? beside : null;
        }

        var durations = durationsPath is null ? null : ReadDurations(durationsPath);
        var battles = new List<BattleRecord>();
        int skipped = 0, fromColumns = 0, oneDay = 0;
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default);
        while (reader.Read())
        {
            var isqno = (int)(Number(reader, "ISQNO") ?? throw new InvalidDataException($"{path}: a row has no ISQNO."));
            var (attacker, initialA) = Strength(reader, "INTSTA", "STRA");
            var (defender, initialD) = Strength(reader, "INTSTD", "STRD");
            if (attacker is null || defender is null)
            {
                skipped++;
                continue;
            }

            double duration;
            if (durations is not null && durations.TryGetValue(isqno, out var listed))
            {
                duration = listed;
            }
            else if (DurationFromColumns(reader) is { } own)
            {
                duration = own;
                fromColumns++;
            }
            else
            {
                duration = 1;
                oneDay++;
            }

            var postureCode = Text(reader, "POST1");
            battles.Add(new BattleRecord(
                isqno,
                Text(reader, "WAR"),
                attacker.Value,
                defender.Value,
                duration,
                Posture(postureCode),
                postureCode,
                Year(reader),
                Winner(Number(reader, "WINA")),
                NonNegative(Number(reader, "CASA")),
                NonNegative(Number(reader, "CASD")),
                initialA && initialD));
        }

        var note = durationsPath is null
            ? $"durations from the file's attack-period columns ({fromColumns} battles) or 1 day ({oneDay}); no {DurationsFileName} found"
            : $"durations from {durationsPath} (duration1, floored at 1 day); {fromColumns} from the file's own columns, {oneDay} set to 1 day";
        return new BattleFileContents(battles, skipped, note);
    }

    /// <summary>ISQNOs of battles flagged as duplicates (non-empty <c>parent</c>) in CDB90's tidy battles.csv.</summary>
    public static HashSet<int> ReadDuplicates(string battlesCsvPath)
    {
        var duplicates = new HashSet<int>();
        using var reader = CsvReader.FromFile(battlesCsvPath, CsvReaderOptions.Default);
        while (reader.Read())
        {
            if (!string.IsNullOrWhiteSpace(reader.GetString("parent")))
            {
                duplicates.Add(int.Parse(reader.GetString("isqno"), CultureInfo.InvariantCulture));
            }
        }

        return duplicates;
    }

    private static Dictionary<int, double> ReadDurations(string path)
    {
        var result = new Dictionary<int, double>();
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default);
        while (reader.Read())
        {
            if (Number(reader, "isqno") is { } id && Number(reader, "duration1") is { } days)
            {
                result[(int)id] = Math.Max(1, days);
            }
        }

        return result;
    }

    private static (double? Value, bool Initial) Strength(CsvReader reader, string initial, string total) =>
        Number(reader, initial) is > 0 and var i ? (i, true)
        : Number(reader, total) is > 0 and var t ? (t, false)
        : (null, false);

    private static DefenderPosture Posture(string code) => code switch
    {
        "PD" => DefenderPosture.Prepared,
        "FD" => DefenderPosture.Fortified,
        "DL" or "WD" => DefenderPosture.Delaying,
        _ => DefenderPosture.Hasty,
    };

    private static BattleWinner? Winner(double? wina) => wina switch
    {
        1 => BattleWinner.Attacker,
        0 => BattleWinner.Draw,
        -1 => BattleWinner.Defender,
        _ => null,
    };

    private static double? NonNegative(double? x) => x is >= 0 ? x : null;

    private static int? Year(CsvReader reader)
    {
        foreach (var column in (string[])["ATPBYR1", "YR1"])
        {
            if (Number(reader, column) is >= 1000 and < 3000 and var y)
            {
                return (int)y;
            }
        }

        return null;
    }

    /// <summary>First attack-period begin to last end (ATPB*/ATPE*, up to 10 periods), in days, at least 1.</summary>
    private static double? DurationFromColumns(CsvReader reader)
    {
        DateTime? first = null, last = null;
        for (var k = 1; k <= 10; k++)
        {
            var begin = Moment(reader, $"ATPBYR{k}", $"ATPBMN{k}", $"ATPBDA{k}", $"ATPBHR{k}");
            var end = Moment(reader, $"ATPEYR{k}", $"ATPEMN{k}", $"ATPEDA{k}", $"ATPEHR{k}");
            if (begin is { } b && (first is null || b < first))
            {
                first = b;
            }

            if (end is { } e && (last is null || e > last))
            {
                last = e;
            }
        }

        return first is { } f && last is { } l && l >= f ? Math.Max(1, (l - f).TotalDays) : null;
    }

    private static DateTime? Moment(CsvReader reader, string yr, string mn, string da, string hr)
    {
        if (Number(reader, yr) is not (>= 1000 and < 3000) || Number(reader, mn) is not (>= 1 and <= 12) || Number(reader, da) is not (>= 1 and <= 31))
        {
            return null;
        }

        var y = (int)Number(reader, yr)!.Value;
        var m = (int)Number(reader, mn)!.Value;
        var d = Math.Min((int)Number(reader, da)!.Value, DateTime.DaysInMonth(y, m));
        var hhmm = Number(reader, hr) is >= 0 and <= 2400 and var h ? (int)h : 1200;
        return new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified).AddHours(hhmm / 100).AddMinutes(hhmm % 100);
    }

    private static string Text(CsvReader reader, string column) =>
        reader.TryGetFieldIndex(column, out var i) ? reader.GetString(i).Trim() : string.Empty;

    private static double? Number(CsvReader reader, string column) =>
        reader.TryGetFieldIndex(column, out var i)
        && double.TryParse(reader.GetString(i), NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
        && double.IsFinite(x) ? x : null;
}
