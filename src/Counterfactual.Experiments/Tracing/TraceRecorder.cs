using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Tracing;

/// <summary>An <see cref="ITraceSink"/> that keeps every event in the order the model reported it.</summary>
public sealed class TraceRecorder : ITraceSink
{
    private readonly List<TraceEvent> _events = [];

    /// <summary>The events so far, in report order.</summary>
    public IReadOnlyList<TraceEvent> Events => _events;

    /// <inheritdoc />
    public void Record(int month, string theatre, string kind, string text) => _events.Add(new TraceEvent(month, theatre, kind, text));
}
