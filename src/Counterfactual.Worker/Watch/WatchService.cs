using Counterfactual.Results;
using Counterfactual.Worker.Hosting;
using Counterfactual.Worker.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Watch;

/// <summary>
/// <c>counterfactual watch</c>: a long-running service that runs every batch file dropped into the inbox,
/// one at a time in arrival order. A FileSystemWatcher wakes it; a periodic rescan covers missed events.
/// Files left in processing/ by a stopped or crashed predecessor are taken up first. On SIGTERM the
/// current run stops at a block boundary, writes its partial result (complete: false), and its file
/// stays in processing/ for the next start. Idle is not done: only a stop signal ends the service.
/// </summary>
internal sealed class WatchService(
    IOptions<WatchOptions> options,
    JobExitCode exitCode,
    ILoggerFactory loggerFactory,
    TimeProvider clock) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<WatchService>();
    private readonly SemaphoreSlim _wake = new(0, 1);

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var inbox = new InboxFolder(o.Inbox);
        inbox.Prepare();
        using var watcher = new FileSystemWatcher(inbox.Path)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        watcher.Error += (_, e) =>
        {
            _logger.LogWarning("file-system watcher error ({Message}); the periodic rescan carries on", e.GetException().Message);
            Wake();
        };
        watcher.EnableRaisingEvents = true;
        _logger.LogInformation("watching {Inbox} -> {Results} (rescan every {Seconds:F0} s)", inbox.Path, Path.GetFullPath(o.Results), o.RescanInterval.TotalSeconds);

        foreach (var leftOver in InboxFolder.InArrivalOrder(inbox.Processing))
        {
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            _logger.LogInformation("{File}: left in processing/ by an earlier run; taking it up again", leftOver.Name);
            await ProcessAsync(inbox, leftOver.FullName, stoppingToken, leftOver: true).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = await DrainInboxAsync(inbox, o, stoppingToken).ConfigureAwait(false);
            try
            {
                await _wake.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        _logger.LogInformation("watch stopped");
        exitCode.Value = ExitCodes.Success;
    }

    /// <summary>Claims and runs inbox files oldest first until none is ready; returns how long to sleep.</summary>
    private async Task<TimeSpan> DrainInboxAsync(InboxFolder inbox, WatchOptions o, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var files = InboxFolder.InArrivalOrder(inbox.Path);
            var ready = files.FirstOrDefault(f => now - f.LastWriteTimeUtc >= o.SettleTime);
            if (ready is null)
            {
                // A file still being written: look again once it has settled.
                return files.Count > 0 ? o.SettleTime : o.RescanInterval;
            }

            if (inbox.TryClaim(ready) is { } claimed)
            {
                _logger.LogInformation("{File}: claimed", ready.Name);
                await ProcessAsync(inbox, claimed, stoppingToken).ConfigureAwait(false);
            }
            else
            {
                // Taken by another watcher, or a same-named file is still in processing/: retry later.
                return o.RescanInterval;
            }
        }

        return o.RescanInterval;
    }

    /// <summary>
    /// Validates and runs one claimed file, then moves it to done/ or failed/ (or leaves it when stopped). A file
    /// an earlier run left in processing/ continues from its checkpoint (run --resume), so finished work is not lost.
    /// </summary>
    private async Task ProcessAsync(InboxFolder inbox, string file, CancellationToken stoppingToken, bool leftOver = false)
    {
        var name = Path.GetFileName(file);
        var o = options.Value;
        try
        {
            var loaded = BatchFiles.Load(file);
            if (loaded.Result.Batch is not { } batch)
            {
                Fail(inbox, file, loaded.Result.Errors.Select(e => e.ToString()));
                return;
            }

            var output = Path.Combine(o.Results, batch.Name);
            if (IsAlreadyComplete(output, loaded.Sha256))
            {
                _logger.LogInformation("{File}: {Output} already holds the complete result of this exact file; not running it again", name, output);
                inbox.MoveToDone(file);
                return;
            }

            var runOptions = new RunJobOptions
            {
                Batches = [file],
                Out = output,
                Threads = o.Threads,
                MaxRuns = o.MaxRuns,
                MaxRunsVariable = o.MaxRunsVariable,
                Resume = leftOver && batch.Adaptive is null,
            };
            var job = new RunJob(Options.Create(runOptions), loggerFactory.CreateLogger<RunJob>(), clock);
            var code = await Task.Run(() => job.ExecuteAsync(stoppingToken), CancellationToken.None).ConfigureAwait(false);
            switch (code)
            {
                case ExitCodes.Success:
                    inbox.MoveToDone(file);
                    _logger.LogInformation("{File}: done -> {Output}", name, output);
                    break;
                case ExitCodes.Cancelled:
                    _logger.LogWarning("{File}: stopped mid-run; it stays in processing/ and runs again on the next start", name);
                    break;
                default:
                    Fail(inbox, file, [$"{file}: the run failed with exit code {code}; see the log"]);
                    break;
            }
        }
        catch (UserInputException e)
        {
            Fail(inbox, file, [e.Message]);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _logger.LogWarning("{File}: stopped; it stays in processing/ and runs again on the next start", name);
        }
#pragma warning disable CA1031 // one bad file must not stop the service: report it, park the file in failed/, carry on
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "{File}: failed: {Message}", name, e.Message);
            TryFail(inbox, file, [$"{file}: internal error: {e.Message}"]);
        }
    }

    private void Fail(InboxFolder inbox, string file, IEnumerable<string> errors)
    {
        var lines = errors.Select(e => "error: " + e).ToList();
        foreach (var line in lines)
        {
            _logger.LogWarning("{File}: failed: {Error}", Path.GetFileName(file), line);
        }

        inbox.MoveToFailed(file, lines);
    }

    private void TryFail(InboxFolder inbox, string file, IEnumerable<string> errors)
    {
        try
        {
            inbox.MoveToFailed(file, errors.Select(e => "error: " + e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogError("{File}: cannot move it to failed/ ({Message})", Path.GetFileName(file), e.Message);
        }
    }

    /// <summary>True when <paramref name="output"/> has a complete, unsharded manifest for the same batch bytes.</summary>
    private static bool IsAlreadyComplete(string output, string sha256)
    {
        if (!File.Exists(Path.Combine(output, ResultFiles.Manifest)))
        {
            return false;
        }

        try
        {
            var (manifest, _) = ResultSetReader.ReadManifest(output);
            return manifest.Complete && manifest.Shard is null && string.Equals(manifest.BatchSha256, sha256, StringComparison.Ordinal);
        }
#pragma warning disable CA1031 // an unreadable manifest means "not complete": the batch simply runs again
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // already awake
        }
        catch (ObjectDisposedException)
        {
            // stopping
        }
    }
}
