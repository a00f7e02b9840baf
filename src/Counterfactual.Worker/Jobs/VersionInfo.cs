using System.Reflection;

namespace Counterfactual.Worker.Jobs;

/// <summary>The tool's version as recorded in manifests.</summary>
internal static class VersionInfo
{
    /// <summary>The informational version of the executable, without build metadata.</summary>
    public static string Tool { get; } = Read();

    private static string Read()
    {
        var informational = typeof(VersionInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
