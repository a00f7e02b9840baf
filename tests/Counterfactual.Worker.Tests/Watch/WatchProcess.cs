using System.Diagnostics;
using System.Text;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.Watch;

/// <summary>A running <c>counterfactual watch</c>: its log so far, polling helpers, and a SIGTERM stop.</summary>
internal sealed class WatchProcess : IDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Lock _gate = new();

    public WatchProcess(string workingDirectory, string inbox, string results)
    {
        _process = CliProcess.Start(workingDirectory, "watch", "--inbox", inbox, "--results", results, "--rescan", "0.5", "--threads", "2");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything logged so far (standard output and error, in arrival order).</summary>
    public string Log
    {
        get
        {
            lock (_gate)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails with the log after <paramref name="seconds"/>.</summary>
    public void WaitFor(Func<bool> condition, string what, int seconds = 120)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited)
            {
                Assert.Fail($"watch exited ({_process.ExitCode}) while waiting for {what}:\n{Log}");
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"timed out waiting for {what}:\n{Log}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Sends SIGTERM and returns the exit code.</summary>
    public int Stop()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(_process.WaitForExit(StopTimeout), $"watch did not stop after SIGTERM:\n{Log}");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _log.Append(line).Append('\n');
        }
    }
}
