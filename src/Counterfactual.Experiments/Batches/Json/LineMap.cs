namespace Counterfactual.Experiments.Batches.Json;

/// <summary>Maps byte offsets of a UTF-8 document to 1-based line numbers.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];

    public LineMap(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public long LineOf(long offset)
    {
        var i = _starts.BinarySearch((int)Math.Min(offset, int.MaxValue));
        return (i >= 0 ? i : ~i - 1) + 1;
    }
}
