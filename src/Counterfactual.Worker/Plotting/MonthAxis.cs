using System.Globalization;
using ScottPlot;

namespace Counterfactual.Worker.Plotting;

/// <summary>Turns the result files' "YYYY-MM" months into x positions on a ScottPlot date axis (OLE automation days).</summary>
internal static class MonthAxis
{
    /// <summary>Average days in a month, the width a month occupies on the axis.</summary>
    internal const double DaysPerMonth = 30.44;

    /// <summary>Makes the bottom axis a date axis labelled like the result files: "1944" for January, else "1944-07".</summary>
    internal static void UseMonthTicks(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = date => date.ToString(date.Month == 1 && date.Day == 1 ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The first day of <paramref name="month"/> as an axis position; false for "never" or anything not "YYYY-MM".</summary>
    internal static bool TryParse(string month, out double position)
    {
        position = 0;
        if (month.Length != 7 || month[4] != '-'
            || !int.TryParse(month.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(month.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        position = new DateTime(year, number, 1, 0, 0, 0, DateTimeKind.Unspecified).ToOADate();
        return true;
    }
}
