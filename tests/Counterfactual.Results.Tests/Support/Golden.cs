using System.Runtime.CompilerServices;

namespace Counterfactual.Results.Tests.Support;

/// <summary>
/// The checked-in golden files. Set CF_UPDATE_GOLDEN=1 to rewrite them from the current writer (then
/// read the diff by eye before committing: the golden files are the format's specification by example).
/// </summary>
internal static class Golden
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable("CF_UPDATE_GOLDEN") == "1";

    /// <summary>The Golden folder in the source tree (next to Support/, where this file lives).</summary>
    public static string SourceDirectory() => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!, "Golden");

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
