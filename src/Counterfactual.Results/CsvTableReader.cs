using CsvHelper;

namespace Counterfactual.Results;

/// <summary>
/// Reads one CSV of a result set strictly: comma separated, exact header, every record with the header's
/// field count, malformed quoting an error. Errors become <see cref="InvalidDataException"/> naming the file
/// and line, so merge and compare can report them in one line.
/// </summary>
internal sealed class CsvTableReader : IDisposable
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        TrimWhitespace = false,
        TrackLineNumbers = true,
    };

    private readonly CsvReader _reader;
    private readonly string _file;

    private CsvTableReader(CsvReader reader, string file, IReadOnlyList<string> header)
    {
        _reader = reader;
        _file = file;
        Header = header;
    }

    /// <summary>The header names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Opens <paramref name="fileName"/> in <paramref name="directory"/> and reads its header.</summary>
    /// <param name="directory">The result directory.</param>
    /// <param name="fileName">The file name (used in error messages).</param>
    /// <param name="expectedHeader">The exact header required, or null to accept any (the caller checks it).</param>
    /// <exception cref="InvalidDataException">The file is empty, malformed, or has another header.</exception>
    public static CsvTableReader Open(string directory, string fileName, IReadOnlyList<string>? expectedHeader)
    {
        var path = System.IO.Path.Combine(directory, fileName);
        var reader = CsvReader.FromFile(path, Options);
        try
        {
            reader.ReadHeader();
            var header = reader.Headers.ToArray();
            if (header.Length == 0)
            {
                throw new InvalidDataException($"{fileName}: the file is empty (no header).");
            }

            if (expectedHeader is not null && !header.SequenceEqual(expectedHeader, StringComparer.Ordinal))
            {
                throw new InvalidDataException(
                    $"{fileName}: header is [{string.Join(",", header)}], expected [{string.Join(",", expectedHeader)}].");
            }

            return new CsvTableReader(reader, fileName, header);
        }
        catch (Exception e) when (e is CsvFormatException or FormatException)
        {
            reader.Dispose();
            throw new InvalidDataException($"{fileName}: {e.Message}", e);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Advances to the next record; false at the end.</summary>
    public bool Read()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw Error(e.Message, e);
        }
    }

    /// <summary>Field <paramref name="index"/> as text.</summary>
    public string Text(int index) => _reader.GetString(index);

    /// <summary>Field <paramref name="index"/> as a double (blank is NaN).</summary>
    public double Number(int index)
    {
        var text = _reader.GetString(index);
        try
        {
            return CsvNumber.Parse(text);
        }
        catch (FormatException e)
        {
            throw Error($"column {Header[index]}: '{text}' is not a number.", e);
        }
    }

    /// <summary>Field <paramref name="index"/> as an integer.</summary>
    public long Integer(int index)
    {
        var text = _reader.GetString(index);
        try
        {
            return CsvNumber.ParseInteger(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw Error($"column {Header[index]}: '{text}' is not an integer.", e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private InvalidDataException Error(string message, Exception inner) =>
        new($"{_file} line {_reader.LineNumber}: {message}", inner);
}
