namespace Counterfactual.Model.Parameters;

/// <summary>
/// One row of the model's parameter table.
/// </summary>
/// <param name="Name">camelCase name used in batch files and CSV headers.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Prior">Uncertainty drawn once per replication; its <see cref="Prior.Central"/> is the point value.</param>
/// <param name="Source">A citation, or the word <c>judgement</c> followed by a one-line reason.</param>
/// <param name="Meaning">What the parameter does in the model, in one sentence.</param>
/// <param name="Min">Smallest value the model accepts (overrides are checked against it).</param>
/// <param name="Max">Largest value the model accepts.</param>
public sealed record ParameterDefinition(
    string Name,
    string Unit,
    Prior Prior,
    string Source,
    string Meaning,
    double Min = double.NegativeInfinity,
    double Max = double.PositiveInfinity)
{
    /// <summary>True when the source is a judgement rather than a citation.</summary>
    public bool IsJudgement => Source.StartsWith("judgement", StringComparison.OrdinalIgnoreCase);
}
