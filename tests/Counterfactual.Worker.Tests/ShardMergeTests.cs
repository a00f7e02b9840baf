using Counterfactual.Results;
using Counterfactual.Results.Shards;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>
/// <c>run --shard K/N</c> and <c>merge</c> (issue 6): shards run as separate processes merge to the bytes of the
/// unsharded run in any argument order, and every kind of wrong input is refused with one line, exit 2 and no
/// output directory.
/// </summary>
public sealed class ShardMergeTests(ShardFixture shards) : IClassFixture<ShardFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Merge_ThreeShardsFromSeparateProcesses_EqualsUnshardedRunByteForByte()
    {
        var result = Merge(shards["shard2"], shards["shard0"], shards["shard1"]);

        Assert.True(result.ExitCode == 0, result.All);
        ResultFilesAssert.SameCsvBytes(shards["whole"], _temp["merged"]);
        var manifest = ResultSetReader.ReadManifest(_temp["merged"]).Manifest;
        Assert.True(manifest.Complete);
        Assert.Null(manifest.Shard);
        Assert.Equal(600, manifest.ReplicationsCompleted);
    }

    [Fact]
    public void RunShard_EachShard_WritesItsRangeStateAndShardInManifest()
    {
        for (var k = 0; k < 3; k++)
        {
            var header = StateFile.ReadHeader(StateFile.PathIn(shards[$"shard{k}"]));
            Assert.Equal((k * 200L, (k + 1) * 200L, 200L), (header.RangeFrom, header.RangeTo, header.WorldsDone));
            Assert.Equal($"{k}/3", header.Shard);
            Assert.Equal(7UL, header.Seed);
            Assert.Equal(600, header.Replications);
            var manifest = ResultSetReader.ReadManifest(shards[$"shard{k}"]).Manifest;
            Assert.Equal($"{k}/3", manifest.Shard);
            Assert.True(manifest.Complete);
            Assert.Contains("\"shard\": \"" + k + "/3\"", File.ReadAllText(Path.Combine(shards[$"shard{k}"], ResultFiles.Manifest)), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(StateFile.PathIn(shards["whole"])), "a complete unsharded run keeps no state file");
    }

    [Fact]
    public void Merge_ShardOfAnotherBatch_Refused() =>
        AssertRefused("different batches", shards["shard0"], shards["other-shard1"], shards["shard2"]);

    [Fact]
    public void Merge_ShardOfAnotherSeed_Refused() =>
        AssertRefused("different seeds", shards["shard0"], shards["seed8-shard1"], shards["shard2"]);

    [Fact]
    public void Merge_ShardOfAnotherModelVersion_Refused()
    {
        var tampered = CopyShard("shard1", h => h with { ModelVersion = "model-0" });

        AssertRefused("different model versions", shards["shard0"], tampered, shards["shard2"]);
    }

    [Fact]
    public void Merge_MissingShard_Refused() =>
        AssertRefused("missing shard: no shard covers worlds [200, 400)", shards["shard0"], shards["shard2"]);

    [Fact]
    public void Merge_MissingLastShard_Refused() =>
        AssertRefused("missing shard: no shard covers worlds [400, 600)", shards["shard1"], shards["shard0"]);

    [Fact]
    public void Merge_DuplicatedShard_Refused() =>
        AssertRefused("duplicated shards", shards["shard0"], shards["shard1"], shards["shard1"], shards["shard2"]);

    [Fact]
    public void Merge_OverlappingShard_Refused()
    {
        var overlapping = CopyShard("shard1", h => h with { RangeFrom = 150, RangeTo = 350 });

        AssertRefused("overlapping shards", shards["shard0"], overlapping, shards["shard2"]);
    }

    [Fact]
    public void Merge_IncompleteShard_Refused()
    {
        // 200 worlds done of a range of 250: what a cancelled shard looks like.
        var incomplete = CopyShard("shard1", h => h with { RangeTo = 450 });

        AssertRefused("is incomplete (200 of 250 worlds)", shards["shard0"], incomplete, shards["shard2"]);
    }

    [Fact]
    public void Merge_CorruptStateFile_Refused()
    {
        var corrupt = CopyShard("shard1", null);
        var path = StateFile.PathIn(corrupt);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, bytes);

        AssertRefused("corrupt (checksum mismatch)", shards["shard0"], corrupt, shards["shard2"]);
    }

    [Fact]
    public void Merge_TruncatedStateFile_Refused()
    {
        var truncated = CopyShard("shard1", null);
        var path = StateFile.PathIn(truncated);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..1000]);

        AssertRefused("state.bin", shards["shard0"], truncated, shards["shard2"]);
    }

    [Fact]
    public void Merge_DirectoryWithoutState_Refused() =>
        AssertRefused("no state.bin", shards["shard0"], shards["whole"], shards["shard2"]);

    private CliResult Merge(params string[] directories) =>
        CliProcess.Run(Repository.Root, ["merge", .. directories, "--out", _temp["merged"]]);

    private void AssertRefused(string expected, params string[] directories)
    {
        var result = Merge(directories);

        Assert.True(result.ExitCode == 2, result.All);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: merge: ", line, StringComparison.Ordinal);
        Assert.True(line.Contains(expected, StringComparison.Ordinal), line);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["merged"]), "a refused merge creates no output directory");
    }

    /// <summary>Copies a fixture shard into this test's scratch directory, optionally rewriting its state header (with a valid checksum).</summary>
    private string CopyShard(string name, Func<StateFileHeader, StateFileHeader>? change)
    {
        var target = _temp["copy-" + name];
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(shards[name]))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        if (change is not null)
        {
            var (header, state) = StateFile.Read(StateFile.PathIn(target));
            StateFile.Write(StateFile.PathIn(target), change(header), state);
        }

        return target;
    }
}
