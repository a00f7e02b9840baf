using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace Counterfactual.Results;

/// <summary>
/// A thin layer over one CsvHelper writer that renders every field the result set's way: UTF-8 without
/// BOM, "\n" line ends, RFC 4180 quoting only when needed, numbers through <see cref="CsvNumber"/>.
/// Writes straight into CsvHelper's buffer; allocates nothing per field. Not thread-safe (one thread
/// writes each file).
/// </summary>
internal sealed class CsvRowWriter : IDisposable
{
    /// <summary>The options of every CSV in a result set.</summary>
    internal static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        Separator = ',',
        Quoting = CsvQuoting.WhenNeeded,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
        BufferSize = 1 << 16,
    };

    private readonly CsvWriter _writer;
    private readonly byte[] _number = new byte[CsvNumber.MaxLength];

    /// <summary>Writes to <paramref name="stream"/>, which is left open (the caller owns it).</summary>
    public CsvRowWriter(Stream stream) => _writer = CsvWriter.Create(stream, Options, leaveOpen: true);

    /// <summary>Writes the header record.</summary>
    public void Header(IReadOnlyList<string> columns)
    {
        foreach (var column in columns)
        {
            _writer.WriteField(column);
        }

        _writer.EndRecord();
    }

    /// <summary>A text field, quoted if it holds a comma, quote or line break.</summary>
    public void Text(string value) => _writer.WriteField(value);

    /// <summary>A pre-encoded ASCII/UTF-8 text field (state names, months).</summary>
    public void Utf8(ReadOnlySpan<byte> value) => _writer.WriteField(value);

    /// <summary>A double in the shared format; NaN is an empty field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // compiled once, optimised: see CsvNumber.FormatUtf8
    public void Number(double value)
    {
        var length = CsvNumber.FormatUtf8(value, _number);
        _writer.WriteField(new ReadOnlySpan<byte>(_number, 0, length));
    }

    /// <summary>An integer in full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // compiled once, optimised: see CsvNumber.FormatUtf8
    public void Integer(long value)
    {
        // The digits as the invariant culture writes them ("-" and the digits, no separators), written here: the
        // runtime's general formatting would be recompiled at the end of every run for the few thousand counts.
        var magnitude = value < 0 ? 0 - (ulong)value : (ulong)value;
        var end = _number.Length;
        var start = end;
        do
        {
            _number[--start] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        if (value < 0)
        {
            _number[--start] = (byte)'-';
        }

        _writer.WriteField(new ReadOnlySpan<byte>(_number, start, end - start));
    }

    /// <summary>Ends the current record.</summary>
    public void EndRecord() => _writer.EndRecord();

    /// <summary>Writes buffered records to the stream.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
