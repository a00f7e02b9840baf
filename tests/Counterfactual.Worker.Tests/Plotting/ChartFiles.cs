using System.Buffers.Binary;
using System.Xml.Linq;

namespace Counterfactual.Worker.Tests.Plotting;

/// <summary>Checks on rendered chart files: PNG signature and IHDR size, SVG well-formedness and text.</summary>
internal static class ChartFiles
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True if the file starts with the eight-byte PNG signature.</summary>
    internal static bool HasPngSignature(byte[] bytes) => bytes.AsSpan().StartsWith(PngSignature);

    /// <summary>Width and height from the IHDR chunk, which a valid PNG has right after the signature.</summary>
    internal static (int Width, int Height) PngSize(byte[] bytes)
    {
        Assert.True(bytes.Length >= 24, "too short for a PNG header");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    /// <summary>Parses the SVG as XML; returns the root element.</summary>
    internal static XElement SvgRoot(string path) => XDocument.Load(path).Root ?? throw new InvalidOperationException("no root");

    /// <summary>All text content of the SVG's text elements, joined by newlines.</summary>
    internal static string SvgText(XElement root) =>
        string.Join("\n", root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));

    /// <summary>
    /// Asserts every PNG in <paramref name="plots"/> is a valid chart of sensible size with an SVG twin
    /// that parses and holds text; returns the chart names (file names without extension).
    /// </summary>
    internal static IReadOnlyList<string> AssertValidCharts(string plots)
    {
        var pngs = Directory.GetFiles(plots, "*.png").Order(StringComparer.Ordinal).ToList();
        var svgs = Directory.GetFiles(plots, "*.svg").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pngs.Select(Path.GetFileNameWithoutExtension), svgs.Select(Path.GetFileNameWithoutExtension));
        Assert.Empty(Directory.GetFiles(plots, "*.tmp"));
        foreach (var png in pngs)
        {
            var bytes = File.ReadAllBytes(png);
            Assert.True(HasPngSignature(bytes), png);
            var (width, height) = PngSize(bytes);
            Assert.InRange(width, 600, 2400);
            Assert.InRange(height, 300, 2400);
            Assert.InRange(bytes.Length, 10_000, 5_000_000);
        }

        foreach (var svg in svgs)
        {
            var root = SvgRoot(svg);
            Assert.Equal("svg", root.Name.LocalName);
            Assert.False(string.IsNullOrWhiteSpace(SvgText(root)), $"{svg} has no text");
        }

        return [.. pngs.Select(p => Path.GetFileNameWithoutExtension(p)!)];
    }
}
