namespace Counterfactual.Worker.Tests.Support;

/// <summary>
/// Shards of the small batch written once for all merge tests: an unsharded run, its three shards (0/3, 1/3,
/// 2/3, each a separate process), and shard 1/3 of another seed and of another batch file.
/// </summary>
public sealed class ShardFixture : IDisposable
{
    public const string Replications = "600";

    public ShardFixture()
    {
        Run("whole");
        for (var k = 0; k < 3; k++)
        {
            Run($"shard{k}", "--shard", $"{k}/3");
        }

        Run("seed8-shard1", "--shard", "1/3", "--seed", "8");

        // The same batch with one more comment line: another file, so another SHA-256.
        var other = Temp.Write("other.json", "// another batch\n" + File.ReadAllText(Repository.TestBatch("small.json")));
        Run("other-shard1", other, "--shard", "1/3");
    }

    public TempDirectory Temp { get; } = new();

    /// <summary>The directory of a run made by the fixture.</summary>
    public string this[string name] => Temp[name];

    public void Dispose() => Temp.Dispose();

    private void Run(string name, params string[] args)
    {
        var batch = args.Length > 0 && args[0].EndsWith(".json", StringComparison.Ordinal) ? args[0] : Repository.TestBatch("small.json");
        var rest = args.Length > 0 && args[0].EndsWith(".json", StringComparison.Ordinal) ? args[1..] : args;
        var result = CliProcess.Run(Repository.Root, ["run", batch, "--out", Temp[name], "--replications", Replications, "--quiet", .. rest]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"fixture run {name} failed: {result.All}");
        }
    }
}
