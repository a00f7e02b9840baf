using System.Globalization;
using Counterfactual.Experiments.Batches.Json;

namespace Counterfactual.Experiments.Batches;

internal sealed partial class BatchValidator
{
    private void Error(JNode node, string message, string? path = null) =>
        _errors.Add(new BatchError(source, path ?? node.Path, node.Line, message));

    private void Error(string path, long line, string message) =>
        _errors.Add(new BatchError(source, path, line, message));

    /// <summary>
    /// The members of an object by name (first occurrence); reports unknown names (with the close known
    /// ones) and duplicate names.
    /// </summary>
    private Dictionary<string, JProperty> Members(JNode obj, IReadOnlyCollection<string> known)
    {
        var result = new Dictionary<string, JProperty>(StringComparer.Ordinal);
        foreach (var prop in obj.Properties)
        {
            var path = JTreeReader.PathOf(obj.Path, prop.Name);
            if (!known.Contains(prop.Name))
            {
                Error(path, prop.Line, $"unknown property '{prop.Name}'{Suggest(prop.Name, known)}");
                continue;
            }

            if (!result.TryAdd(prop.Name, prop))
            {
                Error(path, prop.Line, $"duplicate property '{prop.Name}'");
            }
        }

        return result;
    }

    private static string Suggest(string name, IEnumerable<string> known)
    {
        var close = known
            .Select(k => (k, d: Levenshtein(name.ToUpperInvariant(), k.ToUpperInvariant())))
            .Where(x => x.d <= Math.Max(2, name.Length / 3) || x.k.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.d)
            .ThenBy(x => x.k, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.k)
            .ToList();
        return close.Count > 0
            ? "; did you mean " + string.Join(" or ", close.Select(k => "'" + k + "'")) + "?"
            : "; known: " + string.Join(", ", known);
    }

    private static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    private string? RequiredString(JNode parent, Dictionary<string, JProperty> p, string name)
    {
        if (!p.TryGetValue(name, out var prop))
        {
            Error(parent, $"missing required property '{name}'", JTreeReader.PathOf(parent.Path, name));
            return null;
        }

        var text = StringOf(prop.Value);
        if (text is { Length: 0 })
        {
            Error(prop.Value, $"{name} must not be empty");
            return null;
        }

        return text;
    }

    private string? StringOf(JNode node, string? message = null)
    {
        if (node.Kind == JKind.String)
        {
            return node.Text;
        }

        Error(node, message ?? $"expected a string, not {node.KindName}");
        return null;
    }

    private bool? BoolOf(JNode node, string message)
    {
        switch (node.Kind)
        {
            case JKind.True:
                return true;
            case JKind.False:
                return false;
            default:
                Error(node, message + $", not {node.KindName}");
                return null;
        }
    }

    /// <summary>A finite number; strings such as "NaN" or "Infinity" are rejected.</summary>
    private double? NumberOf(JNode node, string what)
    {
        if (node.Kind != JKind.Number)
        {
            Error(node, $"{what} must be a number, not {node.KindName}{(node.Kind == JKind.String ? " (\"" + Short(node.Text) + "\")" : string.Empty)}");
            return null;
        }

        if (!double.IsFinite(node.Number))
        {
            Error(node, $"{what} must be a finite number");
            return null;
        }

        return node.Number;
    }

    private static string Short(string? text) =>
        text is null ? string.Empty : text.Length > 20 ? text[..20] + "..." : text;

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
