namespace Counterfactual.Results;

/// <summary>
/// One row of <c>codebook.csv</c>: a column of a file (or, with <see cref="File"/> = <c>metrics</c> or
/// <c>variables</c>, a metric or trajectory variable name) with its type, unit and meaning.
/// </summary>
/// <param name="File">The file name (e.g. <c>summary.csv</c>), or <c>metrics</c> / <c>variables</c>.</param>
/// <param name="Column">The column (or metric, variable, manifest key) name.</param>
/// <param name="Type">One of: string, integer, number, bool, state, month, month_or_never, timestamp, or a metric kind.</param>
/// <param name="Unit">The unit, or empty when none applies.</param>
/// <param name="Meaning">What the value means, in one or two sentences.</param>
public sealed record CodebookRow(string File, string Column, string Type, string Unit, string Meaning);
