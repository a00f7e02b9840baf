using System.Globalization;
using System.Text;

namespace Counterfactual.Results.Tests;

public sealed class CsvRowWriterTests
{
    [Fact]
    public void Integer_WritesWhatTheInvariantCultureWrites()
    {
        long[] values = [0, 7, -7, 10, -10, 99, 100, 1_234_567_890_123, -1_000_000, long.MaxValue, long.MinValue, long.MinValue + 1];
        using var stream = new MemoryStream();
        using (var csv = new CsvRowWriter(stream))
        {
            foreach (var value in values)
            {
                csv.Integer(value);
            }

            csv.EndRecord();
        }

        var expected = string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
