using Counterfactual.Results;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.Watch;

/// <summary>
/// <c>counterfactual watch</c> with a real inbox: good files end in done/ with results, bad ones in
/// failed/ with the reason, several run in arrival order, and a SIGTERM mid-run leaves the file in
/// processing/ to finish on the next start, never run twice. Every stop is SIGTERM and exits 0.
/// </summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Inbox => _temp["inbox"];

    private string Results => _temp["results"];

    [Fact]
    public void Watch_GoodAndBadFile_GoodRunsToDoneAndBadGoesToFailedWithTheReason()
    {
        using var watch = new WatchProcess(_temp.Path, Inbox, Results);
        watch.WaitFor(() => Directory.Exists(Path.Combine(Inbox, "processing")), "the inbox folders");

        Drop("good.json", Batch("good", 200));
        Drop("bad.json", "{\n  \"name\": \"bad\",\n  \"seed\": 1,\n  \"replications\": -5,\n  \"levers\": {\"pact\": [true]}\n}\n");
        watch.WaitFor(() => File.Exists(Path.Combine(Inbox, "done", "good.json")), "good.json in done/");
        watch.WaitFor(() => File.Exists(Path.Combine(Inbox, "failed", "bad.json.error.txt")), "bad.json in failed/");

        Assert.Equal(0, watch.Stop());
        var manifest = ResultSetReader.ReadManifest(Path.Combine(Results, "good")).Manifest;
        Assert.True(manifest.Complete);
        Assert.Equal(200, manifest.ReplicationsCompleted);
        Assert.True(File.Exists(Path.Combine(Inbox, "failed", "bad.json")));
        var error = File.ReadAllText(Path.Combine(Inbox, "failed", "bad.json.error.txt"));
        Assert.Contains("bad.json:4: $.replications: replications must be an integer", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Results, "bad")));
        Assert.Empty(Directory.GetFiles(Path.Combine(Inbox, "processing")));
        Assert.DoesNotContain("   at ", watch.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_SeveralFiles_RunsThemOldestFirstAndIgnoresDotfilesAndTempNames()
    {
        Directory.CreateDirectory(Inbox);
        var start = DateTime.UtcNow.AddMinutes(-10);
        foreach (var (file, minutes) in new[] { ("b.json", 3), ("c.json", 1), ("a.json", 2) })
        {
            var path = Path.Combine(Inbox, file);
            File.WriteAllText(path, Batch("order-" + file[0], 50));
            File.SetLastWriteTimeUtc(path, start.AddMinutes(minutes));
        }

        File.WriteAllText(Path.Combine(Inbox, ".hidden.json"), Batch("hidden", 50));
        File.WriteAllText(Path.Combine(Inbox, "partial.json.tmp"), Batch("partial", 50));

        using var watch = new WatchProcess(_temp.Path, Inbox, Results);
        watch.WaitFor(() => Directory.Exists(Path.Combine(Inbox, "done")) && Directory.GetFiles(Path.Combine(Inbox, "done")).Length == 3, "three files in done/");
        Assert.Equal(0, watch.Stop());

        var claimed = watch.Log.Split('\n').Where(l => l.EndsWith(": claimed", StringComparison.Ordinal)).ToList();
        Assert.Equal(["c.json: claimed", "a.json: claimed", "b.json: claimed"], claimed);
        var started = new[] { "order-c", "order-a", "order-b" }.Select(n => ResultSetReader.ReadManifest(Path.Combine(Results, n)).Manifest.StartedUtc).ToList();
        Assert.Equal(started.Order().ToList(), started);
        Assert.True(File.Exists(Path.Combine(Inbox, ".hidden.json")));
        Assert.True(File.Exists(Path.Combine(Inbox, "partial.json.tmp")));
    }

    [Fact]
    public void Watch_SigtermMidRun_FileStaysInProcessingThenFinishesOnRestartAndIsNeverRunTwice()
    {
        var processing = Path.Combine(Inbox, "processing", "long.json");
        var output = Path.Combine(Results, "long");
        using (var first = new WatchProcess(_temp.Path, Inbox, Results))
        {
            first.WaitFor(() => Directory.Exists(Path.Combine(Inbox, "processing")), "the inbox folders");
            Drop("long.json", Batch("long", LongReplications, "[true, false]"));
            first.WaitFor(() => first.Log.Contains("long: 3 scenarios", StringComparison.Ordinal) || first.Log.Contains("long: 2 scenarios", StringComparison.Ordinal), "the run to start");
            Thread.Sleep(1000);

            Assert.Equal(0, first.Stop());
            Assert.Contains("stays in processing/", first.Log, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(processing), "the interrupted file left processing/");
        var partial = ResultSetReader.ReadManifest(output).Manifest;
        Assert.False(partial.Complete);
        Assert.True(partial.ReplicationsCompleted < LongReplications);

        using (var second = new WatchProcess(_temp.Path, Inbox, Results))
        {
            second.WaitFor(() => File.Exists(Path.Combine(Inbox, "done", "long.json")), "long.json in done/", seconds: 300);
            Assert.Equal(0, second.Stop());
            Assert.Contains("long.json: left in processing/", second.Log, StringComparison.Ordinal);
        }

        var finished = ResultSetReader.ReadManifest(output).Manifest;
        Assert.True(finished.Complete);
        Assert.Equal(LongReplications, finished.ReplicationsCompleted);
        var manifestBytes = File.ReadAllBytes(Path.Combine(output, ResultFiles.Manifest));

        // The same file again (a re-drop, or a crash between the last result file and the move to done/): not run again.
        using (var third = new WatchProcess(_temp.Path, Inbox, Results))
        {
            third.WaitFor(() => Directory.Exists(Path.Combine(Inbox, "processing")), "the inbox folders");
            File.Delete(Path.Combine(Inbox, "done", "long.json"));
            Drop("long.json", Batch("long", LongReplications, "[true, false]"));
            third.WaitFor(() => File.Exists(Path.Combine(Inbox, "done", "long.json")), "the re-dropped long.json in done/");
            Assert.Equal(0, third.Stop());
            Assert.Contains("not running it again", third.Log, StringComparison.Ordinal);
        }

        Assert.Equal(manifestBytes, File.ReadAllBytes(Path.Combine(output, ResultFiles.Manifest)));
    }

    /// <summary>
    /// Replications of the batch the SIGTERM test stops a second after its run starts: enough that it is still running
    /// then on any machine (60,000 of its two scenarios, 120,000 runs, came to finish within that second).
    /// </summary>
    private const int LongReplications = 400_000;

    private static string Batch(string name, int replications, string pact = "[true]") =>
        $"{{\n  \"name\": \"{name}\",\n  \"seed\": 11,\n  \"replications\": {replications},\n  \"horizon\": \"1945-12\",\n  \"levers\": {{\"pact\": {pact}}}\n}}\n";

    /// <summary>Drops a file the way producers should: written under a dotfile name, then renamed into place.</summary>
    private void Drop(string name, string contents)
    {
        var hidden = Path.Combine(Inbox, "." + name + ".part");
        File.WriteAllText(hidden, contents);
        File.Move(hidden, Path.Combine(Inbox, name));
    }
}
