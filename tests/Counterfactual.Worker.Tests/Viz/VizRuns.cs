using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.Viz;

/// <summary>Runs of the small batch for the plot, trace and compare tests.</summary>
internal static class VizRuns
{
    /// <summary>Runs small.json (or <paramref name="batch"/>) into <paramref name="output"/>; asserts success.</summary>
    public static void Run(string output, string? batch = null, params string[] extra)
    {
        var result = CliProcess.Run(Repository.Root, ["run", batch ?? Repository.TestBatch("small.json"), "--out", output, "--quiet", .. extra]);
        Assert.True(result.ExitCode == 0, result.All);
    }

    /// <summary>A copy of small.json with a "parameters" block (and optionally other lever levels) written into <paramref name="temp"/>.</summary>
    public static string SmallWith(TempDirectory temp, string fileName, string parameters, string? leverLine = null)
    {
        var text = File.ReadAllText(Repository.TestBatch("small.json"));
        text = text.Replace("\"horizon\": \"1949-12\",", "\"horizon\": \"1949-12\",\n  \"parameters\": " + parameters + ",", StringComparison.Ordinal);
        if (leverLine is not null)
        {
            text = text.Replace("\"japanSouthDivisions\": [8, 11],", leverLine, StringComparison.Ordinal);
        }

        return temp.Write(fileName, text);
    }
}
