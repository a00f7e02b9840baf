namespace Counterfactual.Worker.Hosting;

/// <summary>One command's work, run once by <see cref="JobService"/>; returns the exit code.</summary>
public interface ICommandJob
{
    /// <summary>Runs the job. Cancellation means Ctrl+C or SIGTERM: finish consistently and return 130.</summary>
    Task<int> ExecuteAsync(CancellationToken cancellationToken);
}
