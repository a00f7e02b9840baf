namespace Counterfactual.Results.Tests.Support;

/// <summary>Comparisons of whole result directories.</summary>
internal static class Files
{
    /// <summary>The file names in a directory, sorted ordinally.</summary>
    public static string[] Names(string directory) =>
        [.. Directory.GetFiles(directory).Select(Path.GetFileName).Select(n => n!).Order(StringComparer.Ordinal)];

    /// <summary>Asserts both directories hold the same files with the same bytes (ignoring dot files).</summary>
    public static void AssertSameBytes(string expectedDirectory, string actualDirectory)
    {
        var expected = Names(expectedDirectory).Where(n => !n.StartsWith('.')).ToArray();
        var actual = Names(actualDirectory).Where(n => !n.StartsWith('.')).ToArray();
        Assert.Equal(expected, actual);
        foreach (var name in expected)
        {
            var e = File.ReadAllText(Path.Combine(expectedDirectory, name));
            var a = File.ReadAllText(Path.Combine(actualDirectory, name));
            Assert.True(e == a, $"{name} differs.\n--- expected\n{e}\n--- actual\n{a}");
            Assert.Equal(File.ReadAllBytes(Path.Combine(expectedDirectory, name)), File.ReadAllBytes(Path.Combine(actualDirectory, name)));
        }
    }
}
