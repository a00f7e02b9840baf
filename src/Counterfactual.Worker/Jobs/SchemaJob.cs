using Counterfactual.Experiments.Batches;
using Counterfactual.Worker.Hosting;

namespace Counterfactual.Worker.Jobs;

/// <summary><c>counterfactual schema</c>: prints the JSON Schema of batch files to standard output.</summary>
internal sealed class SchemaJob : ICommandJob
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        await Console.Out.WriteAsync(BatchSchema.Json).ConfigureAwait(false);
        await Console.Out.WriteAsync('\n').ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
