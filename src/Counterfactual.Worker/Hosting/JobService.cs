using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Counterfactual.Worker.Hosting;

/// <summary>
/// The hosted service of every one-shot command: runs the job, records its exit code, and stops the
/// application. User errors become one log line and exit 2; anything unexpected is logged with its
/// exception and exits 1.
/// </summary>
internal sealed class JobService(ICommandJob job, JobExitCode exitCode, IHostApplicationLifetime lifetime, ILogger<JobService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            exitCode.Value = await Task.Run(() => job.ExecuteAsync(stoppingToken), CancellationToken.None).ConfigureAwait(false);
        }
        catch (UserInputException e)
        {
            logger.LogError("{Message}", e.Message);
            exitCode.Value = ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Cancelled.");
            exitCode.Value = ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // the last line of defence: report, set exit code 1, stop cleanly
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Failed: {Message}", e.Message);
            exitCode.Value = ExitCodes.Failure;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
