using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Jobs;

/// <summary>Validates <see cref="RunJobOptions"/> at host start (source-generated from the annotations).</summary>
[OptionsValidator]
public sealed partial class RunJobOptionsValidator : IValidateOptions<RunJobOptions>
{
}
