using System.Globalization;

namespace Counterfactual.Worker.Jobs;

/// <summary>The value of <c>--shard K/N</c>: shard K (0-based) of N.</summary>
internal readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Largest N accepted.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>Parses "K/N" with 0 &lt;= K &lt; N &lt;= <see cref="MaxCount"/>.</summary>
    public static bool TryParse(string? text, out ShardSpec shard)
    {
        shard = default;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n is < 1 or > MaxCount
            || k >= n)
        {
            return false;
        }

        shard = new ShardSpec(k, n);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
