using System.Globalization;

namespace Counterfactual.Model.Time;

/// <summary>
/// The model's clock: one step is one calendar month, counted from 1941-06 (index 0, the month of
/// Barbarossa). Month-valued outcomes are stored as these indices; <see cref="Never"/> marks an event
/// that did not happen before the horizon.
/// </summary>
public static class Calendar
{
    /// <summary>Year of month index 0.</summary>
    public const int StartYear = 1941;

    /// <summary>Calendar month (1-12) of month index 0.</summary>
    public const int StartMonth = 6;

    /// <summary>Index meaning "did not happen before the horizon".</summary>
    public const int Never = -1;

    /// <summary>The default horizon, 1949-12, as a month index.</summary>
    public static readonly int DefaultHorizon = FromYearMonth(1949, 12);

    /// <summary>Month index of a calendar year and month; 1941-06 is 0, 1941-05 is -1.</summary>
    public static int FromYearMonth(int year, int month) => ((year - StartYear) * 12) + (month - StartMonth);

    /// <summary>Calendar year of a month index.</summary>
    public static int Year(int index) => StartYear + FloorDiv(index + StartMonth - 1, 12);

    /// <summary>Calendar month (1-12) of a month index.</summary>
    public static int MonthOfYear(int index) => FloorMod(index + StartMonth - 1, 12) + 1;

    /// <summary>ISO "YYYY-MM" of a month index, or "never" for <see cref="Never"/>.</summary>
    public static string Format(int index) =>
        index == Never ? "never"
        : (uint)index < (uint)Labels.Formatted.Length ? Labels.Formatted[index]
        : Compose(index);

    private static string Compose(int index) => string.Create(CultureInfo.InvariantCulture, $"{Year(index):D4}-{MonthOfYear(index):D2}");

    /// <summary>
    /// The labels of months 0 to 1999-12, made once on first use: a result set formats tens of thousands of month
    /// labels, and composing each one again was enough calls for the runtime to recompile the formatting code twice
    /// at the end of every run.
    /// </summary>
    private static class Labels
    {
        public static readonly string[] Formatted = [.. Enumerable.Range(0, FromYearMonth(1999, 12) + 1).Select(Compose)];
    }

    /// <summary>Parses "YYYY-MM" (strictly); returns false on anything else.</summary>
    public static bool TryParse(string? text, out int index)
    {
        index = 0;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
        {
            return false;
        }

        index = FromYearMonth(year, month);
        return true;
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);

    private static int FloorMod(int a, int b) => ((a % b) + b) % b;
}
