using System.Diagnostics;
using System.Text;

namespace Counterfactual.Worker.Tests.Support;

/// <summary>
/// Starts the real executable so that it can be signalled: through <c>env --default-signal</c>, because a
/// test host started in the background inherits SIGINT ignored, and .NET then never sees Ctrl+C.
/// </summary>
public sealed class SignalledProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    public SignalledProcess(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--default-signal=INT,TERM");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(CliProcess.Executable);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Sends a signal (INT, TERM, KILL) with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Waits for exit and returns what it printed.</summary>
    public CliResult WaitForExit()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("counterfactual did not exit within 2 minutes");
        }

        _process.WaitForExit();
        lock (_stdout)
        {
            return new CliResult(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
        }
    }

    public void Dispose() => _process.Dispose();

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stdout)
        {
            target.Append(line).Append('\n');
        }
    }
}
