using System.Text;
using System.Text.Json;

namespace Counterfactual.Experiments.Batches.Json;

/// <summary>
/// Reads a UTF-8 JSON document (comments and trailing commas allowed) into a <see cref="JNode"/> tree,
/// recording each token's line. Syntax errors come back as a message and line, never as an exception.
/// </summary>
internal static class JTreeReader
{
    public const int MaxDepth = 64;

    public static JNode? Read(ReadOnlySpan<byte> utf8, LineMap lines, out string? error, out long? errorLine)
    {
        error = null;
        errorLine = null;
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth };
        var reader = new Utf8JsonReader(utf8, options);
        var stack = new Stack<JNode>();
        JNode? root = null;
        string? pendingName = null;
        long pendingLine = 0;
        try
        {
            while (reader.Read())
            {
                var line = lines.LineOf(reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString() ?? string.Empty;
                        pendingLine = line;
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var container = new JNode(reader.TokenType == JsonTokenType.StartObject ? JKind.Object : JKind.Array, ChildPath(stack, pendingName), line);
                        Attach(stack, ref root, container, pendingName, pendingLine);
                        stack.Push(container);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        Attach(stack, ref root, Scalar(ref reader, ChildPath(stack, pendingName), line), pendingName, pendingLine);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            error = NonJsonNumber(utf8, reader.BytesConsumed) ?? Clean(ex.Message);
            errorLine = ex.LineNumber + 1;
            return null;
        }
        catch (InvalidOperationException ex)
        {
            error = "invalid string: " + ex.Message;
            errorLine = lines.LineOf(reader.TokenStartIndex);
            return null;
        }

        if (root is null)
        {
            error = "the document is empty";
            errorLine = 1;
        }

        return root;
    }

    private static JNode Scalar(ref Utf8JsonReader reader, string path, long line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new JNode(JKind.String, path, line) { Text = reader.GetString() };
            case JsonTokenType.Number:
                var text = Encoding.UTF8.GetString(reader.ValueSpan);
                var number = reader.TryGetDouble(out var d) && double.IsFinite(d) ? d : double.NaN;
                ulong? integer = reader.TryGetUInt64(out var u) ? u : null;
                return new JNode(JKind.Number, path, line) { Text = text, Number = number, UInt64 = integer };
            case JsonTokenType.True:
                return new JNode(JKind.True, path, line);
            case JsonTokenType.False:
                return new JNode(JKind.False, path, line);
            default:
                return new JNode(JKind.Null, path, line);
        }
    }

    private static void Attach(Stack<JNode> stack, ref JNode? root, JNode node, string? name, long nameLine)
    {
        if (stack.Count == 0)
        {
            root = node;
            return;
        }

        var parent = stack.Peek();
        if (parent.Kind == JKind.Object)
        {
            parent.Properties.Add(new JProperty(name ?? string.Empty, node, nameLine));
        }
        else
        {
            parent.Items.Add(node);
        }
    }

    private static string ChildPath(Stack<JNode> stack, string? name)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        var parent = stack.Peek();
        return parent.Kind == JKind.Object
            ? PathOf(parent.Path, name ?? string.Empty)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parent.Path}[{parent.Items.Count}]");
    }

    /// <summary>The path of a member: <c>$.a.b</c>, or <c>$['odd name']</c> when the name is not a plain identifier.</summary>
    public static string PathOf(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-')
            ? parent + "." + name
            : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>NaN and Infinity are not JSON: say so instead of "'N' is an invalid start of a value".</summary>
    private static string? NonJsonNumber(ReadOnlySpan<byte> utf8, long consumed)
    {
        var rest = utf8[(int)Math.Min(consumed, utf8.Length)..].TrimStart(" \t\r\n:,["u8);
        foreach (var word in new[] { "NaN"u8.ToArray(), "Infinity"u8.ToArray(), "-Infinity"u8.ToArray() })
        {
            if (rest.StartsWith(word))
            {
                return "syntax error: " + Encoding.UTF8.GetString(word) + " is not a JSON number; batch values must be finite numbers";
            }
        }

        return null;
    }

    private static string Clean(string message)
    {
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the file holds no JSON value (it is empty, or only whitespace and comments)";
        }

        // System.Text.Json appends "Path: $ | LineNumber: 3 | BytePositionInLine: 7."; the line is reported separately.
        var text = message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = text.IndexOf(marker, StringComparison.Ordinal);
            text = cut >= 0 ? text[..cut] : text;
        }

        return "syntax error: " + text.TrimEnd();
    }
}
