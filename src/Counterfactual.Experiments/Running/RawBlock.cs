using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// The per-replication metrics of one block of worlds, kept until the block's turn to reach the raw sink.
/// Trajectories are not kept (raw rows carry per-replication metrics only).
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

    public void Store(int world, ReadOnlySpan<double> parameters, ReplicationOutcome[] outcomes)
    {
        parameters.CopyTo(_values.AsSpan(world * _parameters, _parameters));
        for (var s = 0; s < _scenarios; s++)
        {
            var row = (world * _scenarios) + s;
            var o = outcomes[s];
            o.States.CopyTo(_states.AsSpan(row * o.States.Length));
            o.Months.CopyTo(_months.AsSpan(row * o.Months.Length));
            o.Numbers.CopyTo(_numbers.AsSpan(row * o.Numbers.Length));
        }
    }

    public void Deliver(Output.IRawSink sink, IReadOnlyList<string> scenarioIds, ReplicationOutcome scratch)
    {
        for (var w = 0; w < Worlds; w++)
        {
            var parameters = _values.AsSpan(w * _parameters, _parameters);
            for (var s = 0; s < _scenarios; s++)
            {
                var row = (w * _scenarios) + s;
                _states.AsSpan(row * scratch.States.Length, scratch.States.Length).CopyTo(scratch.States);
                _months.AsSpan(row * scratch.Months.Length, scratch.Months.Length).CopyTo(scratch.Months);
                _numbers.AsSpan(row * scratch.Numbers.Length, scratch.Numbers.Length).CopyTo(scratch.Numbers);
                sink.Write(scenarioIds[s], FirstReplication + w, scratch, parameters);
            }
        }
    }
}
