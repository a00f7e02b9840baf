using System.Globalization;
using Counterfactual.Model.Randomness;
using Counterfactual.Results.Tests.Support;

namespace Counterfactual.Results.Tests;

public sealed class CsvNumberTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3.0, "0.333333")]
    [InlineData(2.0 / 3.0, "0.666667")]
    [InlineData(42.0, "42")]
    [InlineData(123456.0, "123456")]
    [InlineData(1234567.0, "1234570")]
    [InlineData(123456789012.0, "123457000000")]
    [InlineData(999999.7, "1000000")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(0.000012345678, "0.0000123457")]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(-1e-7, "-0.0000001")]
    [InlineData(1.23456789e-9, "0.00000000123457")]
    [InlineData(987.654321, "987.654")]
    [InlineData(0.000999999, "0.000999999")]
    [InlineData(1000.0000001, "1000")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Format_Value_IsPlainSixSignificantDigits(double value, string expected) =>
        Assert.Equal(expected, CsvNumber.Format(value));

    [Fact]
    public void Format_NegativeZero_IsZero() => Assert.Equal("0", CsvNumber.Format(-0.0));

    [Fact]
    public void Format_NaN_IsEmpty() => Assert.Equal("", CsvNumber.Format(double.NaN));

    [Theory]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    [InlineData(-double.MaxValue)]
    [InlineData(1e-300)]
    public void Format_ExtremeValue_FitsBufferWithoutExponentAndParsesBack(double value)
    {
        var text = CsvNumber.Format(value);
        Assert.True(text.Length <= CsvNumber.MaxLength);
        Assert.DoesNotContain('E', text);
        var parsed = CsvNumber.Parse(text);
        Assert.Equal(text, CsvNumber.Format(parsed));
        Assert.Equal(Math.Sign(value), Math.Sign(parsed));
    }

    [Fact]
    public void Format_ManyRandomValues_ReparsesToSameText()
    {
        for (var i = 0UL; i < 20_000; i++)
        {
            // Any double pattern that is finite: the whole exponent range, both signs, subnormals included.
            var value = BitConverter.UInt64BitsToDouble(SplitMix64.At(20250131, i));
            if (!double.IsFinite(value))
            {
                continue;
            }

            var text = CsvNumber.Format(value);
            Assert.Equal(text, CsvNumber.Format(CsvNumber.Parse(text)));
            Assert.Equal(
                double.Parse(value.ToString("E5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                CsvNumber.Parse(text));
        }
    }

    [Fact]
    public void FormatUtf8_FastPath_EqualsExactScientificRounding()
    {
        Span<byte> fast = stackalloc byte[CsvNumber.MaxLength];
        Span<byte> exact = stackalloc byte[CsvNumber.MaxLength];
        for (var i = 0UL; i < 50_000; i++)
        {
            // Log-uniform over the fast path's range and a little beyond, both signs.
            var bits = SplitMix64.At(7, i);
            var magnitude = Math.Pow(10, -17 + (40.0 * (bits >> 11) / (1UL << 53)));
            var value = (bits & 1) == 0 ? magnitude : -magnitude;
            AssertSame(value, fast, exact);

            // Values on and next to six-digit rounding ties (x.5 in the seventh digit).
            var tie = ((long)(bits % 900_000) + 100_000 + 0.5) * Math.Pow(10, (int)(bits % 30) - 15);
            AssertSame(tie, fast, exact);
            AssertSame(Math.BitIncrement(tie), fast, exact);
            AssertSame(Math.BitDecrement(tie), fast, exact);
        }

        static void AssertSame(double value, Span<byte> fast, Span<byte> exact)
        {
            var f = CsvNumber.FormatUtf8(value, fast);
            var e = CsvNumber.FormatUtf8Reference(value, exact);
            if (!fast[..f].SequenceEqual(exact[..e]))
            {
                Assert.Fail($"{value:R}: the fast path gives {System.Text.Encoding.ASCII.GetString(fast[..f])}, the exact path {System.Text.Encoding.ASCII.GetString(exact[..e])}.");
            }
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Format_UnderCurrentCulture_IsInvariant(string culture)
    {
        using var scope = new CultureScope(CultureInfo.GetCultureInfo(culture));
        Assert.Equal("-1234.5", CsvNumber.Format(-1234.5));
        Assert.Equal(-1234.5, CsvNumber.Parse("-1234.5"));
    }

    [Fact]
    public void Parse_Empty_IsNaN() => Assert.True(double.IsNaN(CsvNumber.Parse("")));
}
