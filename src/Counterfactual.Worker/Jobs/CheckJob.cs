using System.Globalization;
using Counterfactual.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary><c>counterfactual check</c>: validates batch files without running them; every error with its JSON path and line.</summary>
internal sealed class CheckJob(IOptions<CheckJobOptions> options, ILogger<CheckJob> logger) : ICommandJob
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var exit = ExitCodes.Success;
        foreach (var path in options.Value.Batches)
        {
            var loaded = BatchFiles.Load(path);
            if (loaded.Result.Batch is { } batch && loaded.Result.IsValid)
            {
                logger.LogInformation(
                    "ok: {Path}: {Scenarios} scenarios x {Replications} replications, {Claims} claims, horizon {Horizon}",
                    path,
                    batch.Scenarios.Count,
                    batch.Replications.ToString("N0", CultureInfo.InvariantCulture),
                    batch.Claims.Count,
                    Counterfactual.Model.Time.Calendar.Format(batch.Horizon));
                continue;
            }

            foreach (var error in loaded.Result.Errors)
            {
                logger.LogError("{Error}", error.ToString());
            }

            exit = ExitCodes.BadInput;
        }

        return Task.FromResult(exit);
    }
}
