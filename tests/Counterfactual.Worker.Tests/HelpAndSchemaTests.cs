using System.Text.Json;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>--help everywhere, and the batch-file schema.</summary>
public sealed class HelpAndSchemaTests
{
    [Theory]
    [InlineData(new string[0], "run")]
    [InlineData(new[] { "run" }, "--replications")]
    [InlineData(new[] { "check" }, "BATCH")]
    [InlineData(new[] { "schema" }, "schema")]
    public void Help_EveryCommand_ExitsZeroAndDescribesIt(string[] command, string mentioned)
    {
        var result = CliProcess.Run(Repository.Root, [.. command, "--help"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Usage:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(mentioned, result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_Printed_IsJsonSchemaNamingEveryTopLevelProperty()
    {
        var result = CliProcess.Run(Repository.Root, "schema");

        Assert.True(result.ExitCode == 0, result.All);
        using var doc = JsonDocument.Parse(result.StdOut);
        var properties = doc.RootElement.GetProperty("properties");
        foreach (var name in new[] { "name", "seed", "replications", "horizon", "levers", "parameters", "claims", "outputs" })
        {
            Assert.True(properties.TryGetProperty(name, out _), $"schema lacks {name}");
        }
    }

    [Fact]
    public void Check_ShippedBatches_AreValid()
    {
        var result = CliProcess.Run(Repository.Root, "check", "scenarios/essay-claim.json", Repository.TestBatch("small.json"));

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("ok: scenarios/essay-claim.json: 32 scenarios x 10,000 replications", result.StdOut, StringComparison.Ordinal);
    }
}
