namespace Counterfactual.Results;

/// <summary>One column of a result file: its header name and its codebook entry.</summary>
internal sealed record ColumnSpec(string Name, string Type, string Unit, string Meaning);
