using System.Diagnostics;
using System.Text;

namespace Counterfactual.Worker.Tests.Support;

/// <summary>What one run of the real executable printed and returned.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Standard output and error together, for assertions on messages.</summary>
    public string All => StdOut + StdErr;

    /// <summary>Non-empty lines of standard error.</summary>
    public IReadOnlyList<string> ErrorLines => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the built <c>counterfactual</c> executable (copied beside the tests) as a separate process.</summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Path of counterfactual.dll next to the test assembly.</summary>
    public static string Executable { get; } = Path.Combine(AppContext.BaseDirectory, "counterfactual.dll");

    /// <summary>Runs <c>dotnet counterfactual.dll args</c> in <paramref name="workingDirectory"/> and waits for it.</summary>
    public static CliResult Run(string workingDirectory, params string[] args) =>
        WaitFor(Start(workingDirectory, args), Timeout, $"counterfactual {string.Join(' ', args)}");

    /// <summary>
    /// Reads a started process's redirected output to the end and waits for it to exit (killing it after
    /// <paramref name="timeout"/>); disposes it.
    /// </summary>
    public static CliResult WaitFor(Process process, TimeSpan timeout, string description)
    {
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{description} did not finish in {timeout}.");
            }

            return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    /// <summary>Starts the executable with redirected output; the caller waits and disposes.</summary>
    public static Process Start(string workingDirectory, params string[] args) =>
        StartProgram("dotnet", workingDirectory, [Executable, .. args]);

    /// <summary>Starts any program with redirected output (standard input too) and no telemetry; the caller waits and disposes.</summary>
    public static Process StartProgram(string fileName, string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
    }
}
