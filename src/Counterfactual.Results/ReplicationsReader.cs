namespace Counterfactual.Results;

/// <summary>
/// Streams <c>replications.csv</c> back one row at a time (for tests, trace checks and notebooks-in-C#):
/// fields by column name, numbers parsed as <see cref="CsvNumber"/> writes them. Holds one row in memory.
/// </summary>
public sealed class ReplicationsReader : IDisposable
{
    private readonly CsvTableReader _csv;
    private readonly Dictionary<string, int> _index;

    private ReplicationsReader(CsvTableReader csv)
    {
        _csv = csv;
        Columns = csv.Header;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            _index[Columns[i]] = i;
        }

        ParameterNames = [.. Columns.Where(c => c.StartsWith(ReplicationColumns.ParameterPrefix, StringComparison.Ordinal))
            .Select(c => c[ReplicationColumns.ParameterPrefix.Length..])];
    }

    /// <summary>The header, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The model parameter names of the param_ columns, in file order.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The current row's scenario id.</summary>
    public string ScenarioId => _csv.Text(0);

    /// <summary>The current row's replication index.</summary>
    public long Replication => _csv.Integer(1);

    /// <summary>A field of the current row by column name, as written (state name, YYYY-MM or never, number text).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public string this[string column] => _csv.Text(IndexOf(column));

    /// <summary>Opens <c>replications.csv</c> in <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">The file does not start with scenario_id, replication.</exception>
    public static ReplicationsReader Open(string directory)
    {
        var csv = CsvTableReader.Open(directory, ResultFiles.Replications, expectedHeader: null);
        if (csv.Header.Count < 2 || csv.Header[0] != ResultColumns.ScenarioId.Name || csv.Header[1] != ResultColumns.Replication.Name)
        {
            csv.Dispose();
            throw new InvalidDataException($"{ResultFiles.Replications}: header must start with scenario_id,replication.");
        }

        return new ReplicationsReader(csv);
    }

    /// <summary>Advances to the next row; false at the end.</summary>
    public bool Read() => _csv.Read();

    /// <summary>A numeric field of the current row (blank is NaN).</summary>
    public double Number(string column) => _csv.Number(IndexOf(column));

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    private int IndexOf(string column) =>
        _index.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"{ResultFiles.Replications} has no column '{column}'.");
}
