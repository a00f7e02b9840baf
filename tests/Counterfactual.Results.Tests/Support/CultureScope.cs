using System.Globalization;

namespace Counterfactual.Results.Tests.Support;

/// <summary>Sets the current culture (and UI culture) of this thread until disposed.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    public CultureScope(CultureInfo culture)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    /// <summary>
    /// A culture that breaks every invariant assumption at once: comma decimal point, a non-ASCII minus,
    /// dot group separator, and different NaN and infinity symbols.
    /// </summary>
    public static CultureInfo Hostile()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = culture.NumberFormat;
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSeparator = ".";
        numbers.NegativeSign = "\u2212";
        numbers.NaNSymbol = "NeuN";
        numbers.PositiveInfinitySymbol = "\u221E";
        numbers.NegativeInfinitySymbol = "-\u221E";
        return culture;
    }
}
