using System.Text.Json;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>The committed reference result equals a fresh run of the default batch.</summary>
public sealed class ReferenceResultTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_DefaultBatch_ReproducesCommittedReferenceResult()
    {
        var reference = Repository.PathOf("results/essay-claim");
        var fresh = _temp["essay-claim"];

        var result = CliProcess.Run(Repository.Root, "run", "--out", fresh, "--quiet");

        Assert.True(result.ExitCode == 0, result.All);
        ResultFilesAssert.SameCsvBytes(reference, fresh);
        using var committed = JsonDocument.Parse(File.ReadAllText(Path.Combine(reference, "manifest.json")));
        using var now = JsonDocument.Parse(File.ReadAllText(Path.Combine(fresh, "manifest.json")));
        foreach (var key in new[] { "batch_sha256", "seed", "replications", "complete", "model_version" })
        {
            Assert.Equal(committed.RootElement.GetProperty(key).ToString(), now.RootElement.GetProperty(key).ToString());
        }
    }
}
