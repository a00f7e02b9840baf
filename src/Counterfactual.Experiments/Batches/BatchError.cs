namespace Counterfactual.Experiments.Batches;

/// <summary>One problem in a batch file.</summary>
/// <param name="Source">The file name or label the text came from.</param>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.claims[1].margin</c>; <c>$</c> for the whole document.</param>
/// <param name="Line">1-based line of the offending token, when known.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record BatchError(string Source, string Path, long? Line, string Message)
{
    /// <summary><c>source:line: path: message</c> (without <c>:line</c> when unknown).</summary>
    public override string ToString() =>
        Line is { } line
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source}:{line}: {Path}: {Message}")
            : $"{Source}: {Path}: {Message}";
}
