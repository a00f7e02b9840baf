using Counterfactual.Worker.Hosting;
using Counterfactual.Worker.Plotting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary><c>counterfactual plot DIR</c>: renders every chart of a result set into <c>DIR/plots/</c> as PNG and SVG.</summary>
internal sealed class PlotJob(IOptions<PlotJobOptions> options, ILogger<PlotJob> logger) : ICommandJob
{
    /// <summary>The folder, inside the result directory, that holds the charts.</summary>
    public const string PlotsFolder = "plots";

    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.Directory;
        var results = ResultDirectories.Read(directory);
        var plots = Path.Combine(directory, PlotsFolder);
        var written = ChartRenderer.RenderAll(results, plots);
        foreach (var path in written)
        {
            logger.LogInformation("wrote {Path}", path);
        }

        logger.LogInformation("{Count} charts ({Files} files) in {Plots}", written.Count / 2, written.Count, plots);
        return Task.FromResult(ExitCodes.Success);
    }
}
