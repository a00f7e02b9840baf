using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// The per-replication metrics and parameters of one block of worlds: read back for the claims once every
/// scenario of the block has run, and kept until the block's turn to reach the raw sink. Trajectories are not
/// kept (raw rows carry per-replication metrics only).
/// </summary>
internal sealed class RawBlock
{
    private readonly int _scenarios;
    private readonly int _parameters;
    private readonly byte[] _states;
    private readonly int[] _months;
    private readonly double[] _numbers;
    private readonly double[] _values;

    public RawBlock(int blockSize, int scenarios, int parameters)
    {
        _scenarios = scenarios;
        _parameters = parameters;
        var rows = blockSize * scenarios;
        _states = new byte[rows * MetricCatalog.Categorical.Count];
        _months = new int[rows * MetricCatalog.Months.Count];
        _numbers = new double[rows * MetricCatalog.Numbers.Count];
        _values = new double[blockSize * parameters];
    }

    public long FirstReplication { get; set; }

    public int Worlds { get; set; }

    public void StoreParameters(int world, ReadOnlySpan<double> parameters) =>
        parameters.CopyTo(_values.AsSpan(world * _parameters, _parameters));

    public ReadOnlySpan<double> ParametersOf(int world) => _values.AsSpan(world * _parameters, _parameters);

    public void StoreOutcome(int world, int scenario, ReplicationOutcome o)
    {
        var row = (world * _scenarios) + scenario;
        o.States.CopyTo(_states.AsSpan(row * o.States.Length));
        o.Months.CopyTo(_months.AsSpan(row * o.Months.Length));
        o.Numbers.CopyTo(_numbers.AsSpan(row * o.Numbers.Length));
    }

    /// <summary>Copies the stored per-replication metrics back into <paramref name="o"/> (its trajectory is left as is).</summary>
    public void Restore(int world, int scenario, ReplicationOutcome o)
    {
        var row = (world * _scenarios) + scenario;
        _states.AsSpan(row * o.States.Length, o.States.Length).CopyTo(o.States);
        _months.AsSpan(row * o.Months.Length, o.Months.Length).CopyTo(o.Months);
        _numbers.AsSpan(row * o.Numbers.Length, o.Numbers.Length).CopyTo(o.Numbers);
    }

    public void Deliver(Output.IRawSink sink, IReadOnlyList<string> scenarioIds, ReplicationOutcome scratch)
    {
        for (var w = 0; w < Worlds; w++)
        {
            var parameters = _values.AsSpan(w * _parameters, _parameters);
            for (var s = 0; s < _scenarios; s++)
            {
                Restore(w, s, scratch);
                sink.Write(scenarioIds[s], FirstReplication + w, scratch, parameters);
            }
        }
    }
}
