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
}
