namespace Counterfactual.Worker.Hosting;

/// <summary>Carries the job's exit code out of the host.</summary>
public sealed class JobExitCode
{
    /// <summary>The code the process exits with; failure until the job says otherwise.</summary>
    public int Value { get; set; } = ExitCodes.Failure;
}
