namespace Counterfactual.Worker.Hosting;

/// <summary>The process exit codes every command uses (ARCHITECTURE.md, Commands).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A runtime failure (a bug or an environment problem such as a full disk).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: usage, batch file, missing file or directory.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled by Ctrl+C or SIGTERM after writing a consistent partial result.</summary>
    public const int Cancelled = 130;
}
