using Counterfactual.Experiments.Output;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// Hands finished blocks to the raw sink in block order, one thread at a time. A worker may run at most
/// <c>capacity</c> blocks ahead of the next block to deliver, so memory is bounded whatever R.
/// </summary>
internal sealed class RawReorderBuffer
{
    private readonly object _gate = new(); // Monitor.Wait/PulseAll need a monitor, not a System.Threading.Lock
    private readonly IRawSink _sink;
    private readonly IReadOnlyList<string> _scenarioIds;
    private readonly ReplicationOutcome _scratch;
    private readonly Dictionary<long, RawBlock> _pending = [];
    private readonly Stack<RawBlock> _pool = new();
    private readonly int _capacity;
    private readonly Func<RawBlock> _create;
    private long _next;
    private bool _failed;

    public RawReorderBuffer(IRawSink sink, IReadOnlyList<string> scenarioIds, int horizon, int capacity, Func<RawBlock> create)
    {
        _sink = sink;
        _scenarioIds = scenarioIds;
        _scratch = new ReplicationOutcome(horizon);
        _scratch.Clear();
        _capacity = capacity;
        _create = create;
    }

    /// <summary>Waits until <paramref name="block"/> is within the window, then returns a buffer for it.</summary>
    public RawBlock Rent(long block)
    {
        lock (_gate)
        {
            while (block >= _next + _capacity && !_failed)
            {
                Monitor.Wait(_gate);
            }

            return _pool.Count > 0 ? _pool.Pop() : _create();
        }
    }

    /// <summary>Adds a finished block and delivers every block now in order.</summary>
    public void Complete(long block, RawBlock data)
    {
        lock (_gate)
        {
            _pending[block] = data;
            try
            {
                while (_pending.Remove(_next, out var ready))
                {
                    ready.Deliver(_sink, _scenarioIds, _scratch);
                    _pool.Push(ready);
                    _next++;
                }
            }
            finally
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Releases waiting workers after a failure elsewhere.</summary>
    public void Fail()
    {
        lock (_gate)
        {
            _failed = true;
            Monitor.PulseAll(_gate);
        }
    }
}
