namespace Counterfactual.Experiments.Batches.Json;

/// <summary>Kinds of JSON values.</summary>
internal enum JKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value with its path and line, kept so semantic errors can name both. Objects keep duplicate
/// keys (the validator reports them); numbers keep their text and the exact integer readings.
/// </summary>
internal sealed class JNode(JKind kind, string path, long line)
{
    public JKind Kind { get; } = kind;

    public string Path { get; } = path;

    public long Line { get; } = line;

    public string? Text { get; init; }

    /// <summary>The number as a double; NaN when not a finite number.</summary>
    public double Number { get; init; } = double.NaN;

    /// <summary>The number as an unsigned integer, when it is one.</summary>
    public ulong? UInt64 { get; init; }

    public List<JProperty> Properties { get; } = [];

    public List<JNode> Items { get; } = [];

    public string KindName => Kind switch
    {
        JKind.Object => "an object",
        JKind.Array => "an array",
        JKind.String => "a string",
        JKind.Number => "a number",
        JKind.True or JKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>One member of a JSON object; <see cref="Line"/> is the line of its name.</summary>
internal sealed record JProperty(string Name, JNode Value, long Line);
