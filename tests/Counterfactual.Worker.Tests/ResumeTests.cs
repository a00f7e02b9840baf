using System.Text.Json;
using Counterfactual.Experiments.Running;
using Counterfactual.Results;
using Counterfactual.Results.Shards;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>
/// Cancellation and resume on the real executable (issue 7): SIGINT and SIGTERM stop at a block boundary with
/// exit 130, complete: false and a state file; <c>--resume</c> finishes to the uninterrupted run's bytes; after
/// <c>kill -9</c> at several moments every file present is whole and <c>--resume</c> recovers.
/// </summary>
public sealed class ResumeTests : IClassFixture<ResumeTests.Reference>, IDisposable
{
    /// <summary>Enough worlds for a few seconds: the small batch's 8 scenarios x this many.</summary>
    private const string Replications = "12000";

    private readonly Reference _reference;
    private readonly TempDirectory _temp = new();

    public ResumeTests(Reference reference) => _reference = reference;

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Run_SignalledMidRun_Exits130WithPartialResultAndResumesToIdenticalBytes(string signal)
    {
        var output = _temp["out"];
        using (var run = Start(output))
        {
            WaitForFile(run, StateFile.PathIn(output));
            run.Signal(signal);
            var result = run.WaitForExit();

            Assert.True(result.ExitCode == 130, result.All);
        }

        var manifest = ResultSetReader.ReadManifest(output).Manifest;
        Assert.False(manifest.Complete);
        Assert.InRange(manifest.ReplicationsCompleted, 1, 11999);
        Assert.Equal(0, manifest.ReplicationsCompleted % BatchRunner.BlockSize);
        var header = StateFile.ReadHeader(StateFile.PathIn(output));
        Assert.Equal(manifest.ReplicationsCompleted, header.WorldsDone);
        Assert.Equal(manifest.ReplicationsCompleted, ResultSetReader.Read(output).Scenarios[0].Replications);

        var resumed = Resume(output);

        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Contains($"after {manifest.ReplicationsCompleted} of 12000", resumed.All, StringComparison.Ordinal);
        ResultFilesAssert.SameCsvBytes(_reference.Directory, output);
        Assert.True(ResultSetReader.ReadManifest(output).Manifest.Complete);
    }

    [Fact]
    public void Run_Killed9AtSeveralMoments_LeavesOnlyWholeFilesAndResumeRecoversIdenticalBytes()
    {
        foreach (var delay in new[] { 300, 1200, 2500 })
        {
            var output = _temp[$"kill{delay}"];
            using (var run = Start(output))
            {
                Thread.Sleep(delay);
                run.Signal("KILL");
                run.WaitForExit();
            }

            AssertEveryFileWhole(output);
            var resumed = Resume(output);

            Assert.True(resumed.ExitCode == 0, $"kill after {delay} ms: {resumed.All}");
            ResultFilesAssert.SameCsvBytes(_reference.Directory, output);
        }
    }

    [Fact]
    public void Resume_DirectoryOfAnotherSeed_RefusedWithExit2()
    {
        var output = _temp["seeded"];
        using (var run = Start(output))
        {
            WaitForFile(run, StateFile.PathIn(output));
            run.Signal("TERM");
            Assert.Equal(130, run.WaitForExit().ExitCode);
        }

        var result = CliProcess.Run(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", output, "--replications", Replications, "--seed", "99", "--resume", "--quiet");

        Assert.True(result.ExitCode == 2, result.All);
        Assert.Contains("another seed", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private static SignalledProcess Start(string output) =>
        new(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", output, "--replications", Replications, "--threads", "2", "--checkpoint", "0.2");

    private static CliResult Resume(string output) =>
        CliProcess.Run(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", output, "--replications", Replications, "--threads", "2", "--resume");

    private static void WaitForFile(SignalledProcess run, string path)
    {
        for (var i = 0; i < 600 && !File.Exists(path); i++)
        {
            Assert.False(run.HasExited, "the run finished before its first checkpoint; raise Replications");
            Thread.Sleep(50);
        }

        Assert.True(File.Exists(path), $"{path} never appeared");
    }

    /// <summary>Hidden <c>.NAME.tmp</c> files are the writer's scratch; every visible file must be whole.</summary>
    private void AssertEveryFileWhole(string output)
    {
        if (!Directory.Exists(output))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(output).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            var name = Path.GetFileName(file);
            if (name == StateFile.FileName)
            {
                _ = StateFile.Read(file);
            }
            else if (name == ResultFiles.Manifest)
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));

                // A manifest vouches for the CSVs beside it.
                _ = ResultSetReader.Read(output);
            }
            else
            {
                var text = File.ReadAllText(file);
                Assert.EndsWith("\n", text, StringComparison.Ordinal);
                var header = text[..text.IndexOf('\n', StringComparison.Ordinal)];
                var expected = File.ReadLines(Path.Combine(_reference.Directory, name)).First();
                Assert.Equal(expected, header);
            }
        }
    }

    /// <summary>The uninterrupted run every resumed run must equal.</summary>
    public sealed class Reference : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Reference()
        {
            Directory = _temp["reference"];
            var result = CliProcess.Run(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", Directory, "--replications", Replications, "--quiet");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(result.All);
            }
        }

        public string Directory { get; }

        public void Dispose() => _temp.Dispose();
    }
}
