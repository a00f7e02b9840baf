using System.Globalization;
using Counterfactual.Experiments.Output;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Tests.Running;

/// <summary>Records raw rows as text, and the parameters per (scenario, replication).</summary>
internal sealed class RecordingSink : IRawSink
{
    private readonly int _ownerThread = Environment.CurrentManagedThreadId;
    private int _inside;

    public List<string> Rows { get; } = [];

    public Dictionary<(string Scenario, long Replication), double[]> Parameters { get; } = [];

    public IReadOnlyList<string> ParameterNames { get; private set; } = [];

    public bool Completed { get; private set; }

    public void Begin(IReadOnlyList<string> parameterNames)
    {
        Assert.Equal(_ownerThread, Environment.CurrentManagedThreadId);
        ParameterNames = parameterNames;
    }

    public void Write(string scenarioId, long replication, ReplicationOutcome outcome, ReadOnlySpan<double> parameters)
    {
        Assert.Equal(1, Interlocked.Increment(ref _inside));
        var text = string.Join(
            ",",
            new[] { scenarioId, replication.ToString(CultureInfo.InvariantCulture) }
                .Concat(outcome.States.Select(s => s.ToString(CultureInfo.InvariantCulture)))
                .Concat(outcome.Months.Select(m => m.ToString(CultureInfo.InvariantCulture)))
                .Concat(outcome.Numbers.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))
                .Concat(parameters.ToArray().Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
        Rows.Add(text);
        Parameters[(scenarioId, replication)] = parameters.ToArray();
        Interlocked.Decrement(ref _inside);
    }

    public void Complete() => Completed = true;
}
