using ScottPlot;

namespace Counterfactual.Worker.Plotting;

/// <summary>Writes one chart as PNG and SVG with the same base name, each to a temporary name first and then renamed.</summary>
internal static class ChartFile
{
    /// <summary>Renders <paramref name="plot"/> at <paramref name="width"/> x <paramref name="height"/> pixels; returns the PNG and SVG paths.</summary>
    internal static IReadOnlyList<string> Write(Plot plot, string directory, string baseName, int width, int height)
    {
        // Set the font last, so text plottables added by the chart builders use it too.
        plot.Font.Set(ChartFont.FamilyName);

        var png = Path.Combine(directory, baseName + ".png");
        var svg = Path.Combine(directory, baseName + ".svg");
        WriteAtomically(png, plot.GetImageBytes(width, height, ImageFormat.Png));
        WriteAtomically(svg, System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)));
        return [png, svg];
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
