using System.Globalization;
using Counterfactual.Experiments.Output;
using Counterfactual.Results.Tests.Support;

namespace Counterfactual.Results.Tests;

public sealed class ResultSetWriterTests
{
    private static readonly string[] AllFiles =
    [
        ResultFiles.Claims, ResultFiles.Codebook, ResultFiles.Distributions, ResultFiles.EndStates,
        ResultFiles.Manifest, ResultFiles.Scenarios, ResultFiles.Summary, ResultFiles.Trajectories,
    ];

    [Fact]
    public void Write_SampleResultSet_MatchesGoldenFilesByteForByte()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: false);
        if (Golden.Updating)
        {
            foreach (var name in Files.Names(dir.Path))
            {
                File.Copy(dir.File(name), Path.Combine(Golden.SourceDirectory(), name), overwrite: true);
            }
        }

        Files.AssertSameBytes(Golden.Directory, dir.Path);
    }

    /// <summary>
    /// A run writes its tables while its analyses still run: the analyses come from the completing function, called
    /// once the tables are on disk, and the files are those of writing the completed result set at once.
    /// </summary>
    [Fact]
    public void Write_AnalysesCompletedAfterTheTables_WritesTheFilesOfTheCompletedSet()
    {
        using var dir = new TempDirectory();
        var tables = SampleResults.Create();
        var completed = tables with
        {
            Sensitivity = [new SensitivityRow("claim1", "alpha", 0.25, 0.1, 0.4, 0.5, 0.3, 0.7, 1000)],
            Discovery = [new DiscoveryRow("claim1", 1, "alpha", 0.2, double.NaN, 0.6, 0.3, 0.2, 0.1)],
        };
        ResultSetWriter.Write(completed, dir.Sub("at-once"), includesRaw: false);
        var calls = 0;
        ResultSetWriter.Write(tables, dir.Sub("completed-later"), includesRaw: false, completing: written =>
        {
            calls++;
            Assert.Same(tables, written);
            Assert.True(File.Exists(Path.Combine(dir.Sub("completed-later"), ResultFiles.Summary)), "the tables are written before the analyses are awaited");
            Assert.False(File.Exists(Path.Combine(dir.Sub("completed-later"), ResultFiles.Manifest)));
            return completed;
        });

        Assert.Equal(1, calls);
        Assert.Contains(ResultFiles.Discovery, Files.Names(dir.Sub("completed-later")));
        Files.AssertSameBytes(dir.Sub("at-once"), dir.Sub("completed-later"));
    }

    [Fact]
    public void Write_Always_WritesEveryFileAndNoTemporaryFile()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Sub("new/nested"), includesRaw: false);
        Assert.Equal(AllFiles, Files.Names(dir.Sub("new/nested")));
    }

    [Fact]
    public void Write_Always_UsesUtf8WithoutBomAndLfLineEnds()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: false);
        foreach (var name in AllFiles)
        {
            var bytes = File.ReadAllBytes(dir.File(name));
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), name);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("hostile")]
    public void Write_UnderCurrentCulture_EqualsInvariantOutput(string cultureName)
    {
        using var dir = new TempDirectory();
        using (new CultureScope(CultureInfo.InvariantCulture))
        {
            ResultSetWriter.Write(SampleResults.Create(), dir.Sub("invariant"), includesRaw: true);
        }

        var culture = cultureName == "hostile" ? CultureScope.Hostile() : CultureInfo.GetCultureInfo(cultureName);
        using (new CultureScope(culture))
        {
            ResultSetWriter.Write(SampleResults.Create(), dir.Sub("local"), includesRaw: true);
        }

        Files.AssertSameBytes(dir.Sub("invariant"), dir.Sub("local"));
    }

    [Fact]
    public void Write_ReadThenWriteAgain_IsByteIdentical()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Sub("first"), includesRaw: false);
        var read = ResultSetReader.Read(dir.Sub("first"));
        ResultSetWriter.Write(read, dir.Sub("second"), includesRaw: false);
        Files.AssertSameBytes(dir.Sub("first"), dir.Sub("second"));
    }

    [Fact]
    public void Write_ExistingOlderFiles_ReplacesThem()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(ResultFiles.Scenarios), "old,content\n");
        File.WriteAllText(dir.File(ResultFiles.Manifest), "{}");
        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: false);
        Assert.StartsWith("scenario_id,pact,", File.ReadAllText(dir.File(ResultFiles.Scenarios)), StringComparison.Ordinal);
        Assert.Equal("golden", ResultSetReader.ReadManifest(dir.Path).Manifest.BatchName);
    }

    [Fact]
    public void Write_LeversNotMatchingLeverNames_ThrowsBeforeWritingAnything()
    {
        using var dir = new TempDirectory();
        var bad = SampleResults.Create() with { LeverNames = ["pact", "japanSouthDivisions", "sovietEastDivisions"] };
        Assert.Throws<ArgumentException>(() => ResultSetWriter.Write(bad, dir.Path, includesRaw: false));
        Assert.Empty(Files.Names(dir.Path));
    }

    [Fact]
    public void Write_UnwritableFile_LeavesPreviousResultIntactAndNoTemporaryFile()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: false);
        var before = File.ReadAllBytes(dir.File(ResultFiles.Summary));

        // A directory squatting on summary.csv's temporary name makes that one write fail.
        Directory.CreateDirectory(AtomicFile.TempPathFor(dir.File(ResultFiles.Summary)));
        var changed = SampleResults.Create() with { Summary = [] };
        var error = Record.Exception(() => ResultSetWriter.Write(changed, dir.Path, includesRaw: false));
        Assert.True(error is IOException or UnauthorizedAccessException, error?.ToString());

        Assert.Equal(before, File.ReadAllBytes(dir.File(ResultFiles.Summary)));
        Assert.Equal("golden", ResultSetReader.ReadManifest(dir.Path).Manifest.BatchName);
    }

    [Fact]
    public void Write_Manifest_HasSnakeCaseKeysInFixedOrderAndUtcTimestamps()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: true);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(dir.File(ResultFiles.Manifest)));
        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            ["tool", "tool_version", "model_version", "batch_name", "batch_file", "batch_sha256", "seed", "replications",
             "replications_completed", "scenarios", "horizon", "shard", "complete", "started_utc", "finished_utc",
             "git_commit", "threads", "files"],
            keys);
        Assert.Equal("2025-01-31T12:00:00.0000000Z", json.RootElement.GetProperty("started_utc").GetString());
        Assert.Equal(18446744073709551557UL, json.RootElement.GetProperty("seed").GetUInt64());
        Assert.Contains(ResultFiles.Replications, json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Read_RoundTrip_KeepsValuesAndNaN()
    {
        using var dir = new TempDirectory();
        var original = SampleResults.Create();
        ResultSetWriter.Write(original, dir.Path, includesRaw: false);
        var read = ResultSetReader.Read(dir.Path);

        Assert.Equal(original.LeverNames, read.LeverNames);
        Assert.Equal(original.Scenarios.Select(s => s.Levers[1].Value), read.Scenarios.Select(s => s.Levers[1].Value));
        Assert.Equal(original.Claims[0].Statement, read.Claims[0].Statement);
        Assert.True(double.IsNaN(read.Claims[1].Margin));
        Assert.Equal(123456, read.Claims[1].ReplicationsNeeded);
        Assert.Equal(0.333333, ReadBack(1.0 / 3.0));
        Assert.Equal(original.Manifest with { StartedUtc = original.Manifest.StartedUtc.ToUniversalTime() }, read.Manifest);
        Assert.Equal(original.Distributions, read.Distributions);
    }

    [Fact]
    public void Read_FileWithWrongHeader_ThrowsInvalidDataNamingTheFile()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: false);
        File.WriteAllText(dir.File(ResultFiles.Summary), "scenario_id,metric,n\ns01,x,1\n");
        var e = Assert.Throws<InvalidDataException>(() => ResultSetReader.Read(dir.Path));
        Assert.Contains(ResultFiles.Summary, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonNumericField_ThrowsInvalidDataNamingFileAndColumn()
    {
        using var dir = new TempDirectory();
        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: false);
        File.WriteAllText(dir.File(ResultFiles.Distributions), "scenario_id,metric,bin,count,probability\ns01,x,1945-05,6,0,6\n");
        Assert.Throws<InvalidDataException>(() => ResultSetReader.Read(dir.Path));
        File.WriteAllText(dir.File(ResultFiles.Distributions), "scenario_id,metric,bin,count,probability\ns01,x,1945-05,6,zero\n");
        var e = Assert.Throws<InvalidDataException>(() => ResultSetReader.Read(dir.Path));
        Assert.Contains("probability", e.Message, StringComparison.Ordinal);
    }

    private static double ReadBack(double value) => CsvNumber.Parse(CsvNumber.Format(value));
}
