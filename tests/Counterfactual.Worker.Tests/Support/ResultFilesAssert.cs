namespace Counterfactual.Worker.Tests.Support;

/// <summary>Byte-level comparisons of result directories.</summary>
public static class ResultFilesAssert
{
    /// <summary>The CSV files of a result set (manifest.json holds wall-clock times and is compared separately).</summary>
    public static IReadOnlyList<string> CsvFiles(string directory) =>
        [.. Directory.GetFiles(directory, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>Asserts both directories hold the same CSV files with identical bytes.</summary>
    public static void SameCsvBytes(string expectedDirectory, string actualDirectory)
    {
        var expected = CsvFiles(expectedDirectory);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, CsvFiles(actualDirectory));
        foreach (var file in expected)
        {
            var a = File.ReadAllBytes(Path.Combine(expectedDirectory, file));
            var b = File.ReadAllBytes(Path.Combine(actualDirectory, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between {expectedDirectory} and {actualDirectory}");
        }
    }
}
