using System.Globalization;
using System.Runtime.CompilerServices;

namespace Counterfactual.Results;

/// <summary>
/// The one number format of every CSV in a result set, so that the same double always gives the same
/// text whatever the machine, thread count or current culture.
/// </summary>
/// <remarks>
/// <para>The rule: a double is rounded to <see cref="SignificantDigits"/> significant digits (correctly
/// rounded from its exact binary value, as .NET's <c>"E5"</c> format does) and written in plain positional
/// notation, never with an exponent, with "." as the decimal point and no trailing zeros or group
/// separators: <c>0.333333</c>, <c>1234570</c> (from 1234567), <c>0.0000123457</c>, <c>-2.5</c>, <c>42</c>.</para>
/// <para>Special values: NaN (undefined) is an empty field; negative zero is <c>0</c>; infinities are
/// <c>Infinity</c> and <c>-Infinity</c> (which .NET, pandas and R read back).</para>
/// <para>Why plain notation: spreadsheets, R and pandas all read it, and a reader scanning a column sees
/// magnitudes directly. The price is that extreme magnitudes are long (a p-value of 1e-20 is written
/// 0.00000000000000000001); they are rare and still exact to six digits. Why six digits: Monte Carlo results from
/// 10,000 replications are not meaningful beyond that, and fewer digits keep the files small and stable.</para>
/// <para>Integers (counts, replications) are not doubles and are written in full.</para>
/// </remarks>
public static class CsvNumber
{
    /// <summary>Significant digits kept for every double.</summary>
    public const int SignificantDigits = 6;

    /// <summary>
    /// Bytes enough for any double: a sign, "0.", 323 leading zeros of the smallest subnormal and six
    /// digits, or 309 integer digits of the largest double.
    /// </summary>
    public const int MaxLength = 340;

    private static readonly byte[] PositiveInfinity = "Infinity"u8.ToArray();
    private static readonly byte[] NegativeInfinity = "-Infinity"u8.ToArray();

    // 10^0 .. 10^22: every one exactly representable as a double.
    private static readonly double[] Pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// Writes <paramref name="value"/> as ASCII (UTF-8) into <paramref name="destination"/>, which must hold
    /// at least <see cref="MaxLength"/> bytes, and returns the number of bytes written (0 for NaN).
    /// Allocates nothing.
    /// </summary>
    // A result set formats tens of thousands of numbers at the end of every run: enough calls for tiered compilation
    // to recompile this code twice (instrumented, then final) while the run ends, on the cores the analyses and
    // tables share. It is compiled once, optimised, on its first call instead (so are Layout, TryScaledDigits and
    // CsvRowWriter's Number and Integer). Measured on the default batch (in-process marks, medians of eight
    // interleaved runs, twice): after the workers 151 -> 132-136 ms wall and 270 -> 230-243 ms CPU; --raw unchanged.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FormatUtf8(double value, Span<byte> destination)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        if (double.IsInfinity(value))
        {
            var text = value > 0 ? PositiveInfinity : NegativeInfinity;
            text.CopyTo(destination);
            return text.Length;
        }

        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        Span<byte> digits = stackalloc byte[SignificantDigits];
        int exponent;
        if (!TryScaledDigits(Math.Abs(value), digits, out exponent))
        {
            exponent = ScientificDigits(value, digits);
        }

        return Layout(value < 0, digits, exponent, destination);
    }

    /// <summary>
    /// The slow, obviously correct path alone (for tests): the digits of .NET's "E5" format, laid out the same way.
    /// </summary>
    internal static int FormatUtf8Reference(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return FormatUtf8(value, destination);
        }

        Span<byte> digits = stackalloc byte[SignificantDigits];
        var exponent = ScientificDigits(value, digits);
        return Layout(value < 0, digits, exponent, destination);
    }

    /// <summary>
    /// Fast path (about ten times faster than "E5" formatting): scale the value by an exact power of ten so
    /// that six digits sit before the point, and round. The scaling is one correctly rounded operation, so
    /// the scaled value is off by at most 2^-53 relative (about 1e-10 absolute below 1e6); whenever the
    /// fraction is that close to one half, rounding could go either way and the exact slow path decides.
    /// Otherwise the result equals the correctly rounded digits of the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see FormatUtf8
    private static bool TryScaledDigits(double abs, Span<byte> digits, out int exponent)
    {
        exponent = 0;
        if (abs is < 1e-15 or >= 1e21)
        {
            return false;
        }

        // Decimal exponent estimated from the binary one (log10(2) = 0.30103); it may be one too small or
        // too large, which the loop corrects.
        var binaryExponent = (int)((BitConverter.DoubleToUInt64Bits(abs) >> 52) & 0x7FF) - 1023;
        var e = (int)Math.Floor(binaryExponent * 0.30102999566398114);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var k = SignificantDigits - 1 - e;
            var m = k >= 0 ? abs * Pow10[k] : abs / Pow10[-k];
            if (m < 100_000)
            {
                e--;
                continue;
            }

            if (m >= 1_000_000)
            {
                e++;
                continue;
            }

            var whole = (int)m;
            var fraction = m - whole;
            if (Math.Abs(fraction - 0.5) < 1e-6)
            {
                return false;
            }

            var mantissa = whole + (fraction > 0.5 ? 1 : 0);
            if (mantissa == 1_000_000)
            {
                mantissa = 100_000;
                e++;
            }

            for (var i = SignificantDigits - 1; i >= 0; i--)
            {
                digits[i] = (byte)('0' + (mantissa % 10));
                mantissa /= 10;
            }

            exponent = e;
            return true;
        }

        return false;
    }

    /// <summary>Slow path: the six digits and decimal exponent of .NET's correctly rounded "E5" format.</summary>
    private static int ScientificDigits(double value, Span<byte> digits)
    {
        // "E5": one digit, '.', five digits, 'E', sign, at least three exponent digits: -1.23457E+005.
        Span<byte> scientific = stackalloc byte[32];
        if (!value.TryFormat(scientific, out var length, "E5", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A double did not fit its scientific format buffer.");
        }

        var start = scientific[0] == (byte)'-' ? 1 : 0;
        digits[0] = scientific[start];
        scientific.Slice(start + 2, SignificantDigits - 1).CopyTo(digits[1..]);
        var e = start + 2 + (SignificantDigits - 1);
        var exponent = 0;
        for (var i = e + 2; i < length; i++)
        {
            exponent = (exponent * 10) + (scientific[i] - '0');
        }

        return scientific[e + 1] == (byte)'-' ? -exponent : exponent;
    }

    /// <summary>Writes six digits d.ddddd x 10^exponent in plain notation without trailing zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see FormatUtf8
    private static int Layout(bool negative, ReadOnlySpan<byte> digits, int exponent, Span<byte> destination)
    {
        var count = SignificantDigits;
        while (count > 1 && digits[count - 1] == (byte)'0')
        {
            count--;
        }

        var pos = 0;
        if (negative)
        {
            destination[pos++] = (byte)'-';
        }

        if (exponent >= 0)
        {
            // Integer part: exponent + 1 digits, padded with zeros beyond the significant ones.
            var integerDigits = exponent + 1;
            for (var i = 0; i < integerDigits; i++)
            {
                destination[pos++] = i < count ? digits[i] : (byte)'0';
            }

            if (count > integerDigits)
            {
                destination[pos++] = (byte)'.';
                digits[integerDigits..count].CopyTo(destination[pos..]);
                pos += count - integerDigits;
            }
        }
        else
        {
            destination[pos++] = (byte)'0';
            destination[pos++] = (byte)'.';
            var zeros = -exponent - 1;
            destination.Slice(pos, zeros).Fill((byte)'0');
            pos += zeros;
            digits[..count].CopyTo(destination[pos..]);
            pos += count;
        }

        return pos;
    }

    /// <summary>The text of <paramref name="value"/> (see the remarks of <see cref="CsvNumber"/>); empty for NaN.</summary>
    public static string Format(double value)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        var length = FormatUtf8(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer[..length]);
    }

    /// <summary>Parses a field written by <see cref="Format"/>: empty is NaN; otherwise an invariant-culture number.</summary>
    /// <exception cref="FormatException">The text is not a number.</exception>
    public static double Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return double.NaN;
        }

        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an integer field (counts, replications) in invariant culture.</summary>
    /// <exception cref="FormatException">The text is not an integer.</exception>
    public static long ParseInteger(ReadOnlySpan<char> text) =>
        long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
