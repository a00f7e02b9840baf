namespace Counterfactual.Worker.Plotting;

/// <summary>
/// Registers the shipped DejaVu Sans (Fonts/DejaVuSans.ttf next to the program) with ScottPlot and makes it
/// the default. Without a registered font, a headless machine with no fonts installed renders charts whose
/// labels silently vanish; with it, text looks the same everywhere. See Fonts/LICENSE.txt.
/// </summary>
internal static class ChartFont
{
    /// <summary>The family name charts ask for; also the <c>font-family</c> written into SVG text.</summary>
    internal const string FamilyName = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool _attempted;

    /// <summary>Where the shipped font is expected: <c>Fonts/DejaVuSans.ttf</c> under the application directory.</summary>
    internal static string ShippedFontPath => Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");

    /// <summary>True once the shipped font file was found and registered.</summary>
    internal static bool ShippedFontLoaded { get; private set; }

    /// <summary>
    /// Registers the shipped font once per process (ScottPlot's font table is global). If the file is missing
    /// (a packaging error), charts fall back to whatever fonts the system has.
    /// </summary>
    internal static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_attempted)
            {
                return;
            }

            _attempted = true;
            var path = ShippedFontPath;
            if (!File.Exists(path))
            {
                return;
            }

            ScottPlot.Fonts.AddFontFile(FamilyName, path, bold: false, italic: false);
            ScottPlot.Fonts.Default = FamilyName;
            ShippedFontLoaded = true;
        }
    }
}
