using System.Text;
using Counterfactual.Experiments.Output;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Time;

namespace Counterfactual.Results;

/// <summary>
/// Streams <c>replications.csv</c> (<c>--raw</c>): one row per scenario x replication, in the order the
/// runner delivers them, with the columns of <see cref="ReplicationColumns"/>. Rows go straight into
/// CsvHelper's buffer and on to a temporary file (<c>.replications.csv.tmp</c>); nothing is held in memory,
/// and no allocation is made per row. <see cref="Complete"/> renames the file to its final name, so
/// <c>replications.csv</c> appears only when it is whole; disposing without completing deletes the temporary file.
/// </summary>
/// <remarks>Field formats: categorical metrics as state names, month metrics as YYYY-MM or never, numbers
/// and parameters as <see cref="CsvNumber"/> (blank for NaN). One thread at a time, as <see cref="IRawSink"/> promises.</remarks>
public sealed class CsvRawSink : IRawSink, IDisposable
{
    private static readonly byte[] Never = "never"u8.ToArray();

    private readonly string _path;
    private readonly byte[][][] _stateNames;
    private byte[][] _months = [];
    private FileStream? _stream;
    private CsvRowWriter? _csv;
    private int _parameterCount;
    private bool _completed;

    /// <summary>A sink that will write <c>replications.csv</c> in <paramref name="outputDirectory"/> (created if missing).</summary>
    public CsvRawSink(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        _path = Path.Combine(outputDirectory, ResultFiles.Replications);
        _stateNames = [.. MetricCatalog.Categorical.Select(m => m.States.Select(s => Encoding.UTF8.GetBytes(s)).ToArray())];
    }

    /// <summary>The final path of the file.</summary>
    public string FilePath => _path;

    /// <inheritdoc />
    public void Begin(IReadOnlyList<string> parameterNames)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        if (_stream is not null || _completed)
        {
            throw new InvalidOperationException("Begin was already called.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);

        // CsvHelper buffers (64 KiB); the file stream needs no buffer of its own.
        _stream = AtomicFile.CreateTemp(_path, bufferSize: 1);
        _csv = new CsvRowWriter(_stream);
        _parameterCount = parameterNames.Count;
        _csv.Header(ReplicationColumns.Header(parameterNames));
    }

    /// <inheritdoc />
    public void Write(string scenarioId, long replication, ReplicationOutcome outcome, ReadOnlySpan<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var csv = _csv ?? throw new InvalidOperationException("Begin must be called before Write (and not after Complete).");
        if (parameters.Length != _parameterCount)
        {
            throw new ArgumentException($"Expected {_parameterCount} parameters, got {parameters.Length}.", nameof(parameters));
        }

        csv.Text(scenarioId);
        csv.Integer(replication);
        var states = outcome.States;
        for (var i = 0; i < states.Length; i++)
        {
            csv.Utf8(_stateNames[i][states[i]]);
        }

        var months = outcome.Months;
        for (var i = 0; i < months.Length; i++)
        {
            csv.Utf8(MonthText(months[i]));
        }

        var numbers = outcome.Numbers;
        for (var i = 0; i < numbers.Length; i++)
        {
            csv.Number(numbers[i]);
        }

        foreach (var value in parameters)
        {
            csv.Number(value);
        }

        csv.EndRecord();
    }

    /// <inheritdoc />
    public void Complete()
    {
        var csv = _csv ?? throw new InvalidOperationException("Begin must be called before Complete.");
        var stream = _stream!;
        csv.Dispose();
        stream.Flush(flushToDisk: true);
        stream.Dispose();
        _csv = null;
        _stream = null;
        AtomicFile.Commit(_path);
        _completed = true;
    }

    /// <summary>Closes the file; if <see cref="Complete"/> was not called, deletes the temporary file.</summary>
    public void Dispose()
    {
        if (_stream is null)
        {
            return;
        }

        try
        {
            _csv?.Dispose();
        }
        catch (IOException)
        {
            // The partial file is discarded below; a failed final flush changes nothing.
        }
        finally
        {
            _stream.Dispose();
            _csv = null;
            _stream = null;
            AtomicFile.Abandon(_path);
        }
    }

    private byte[] MonthText(int month)
    {
        if (month == Calendar.Never)
        {
            return Never;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(month);
        if (month >= _months.Length)
        {
            var grown = new byte[Math.Max(month + 1, 128)][];
            _months.CopyTo(grown, 0);
            for (var i = _months.Length; i < grown.Length; i++)
            {
                grown[i] = Encoding.ASCII.GetBytes(Calendar.Format(i));
            }

            _months = grown;
        }

        return _months[month];
    }
}
