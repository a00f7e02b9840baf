using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Output;

namespace Counterfactual.Experiments.Running;

/// <summary>How <see cref="RangeRunner"/> runs a range of worlds.</summary>
/// <param name="Threads">Worker threads (at least 1); results do not depend on it.</param>
/// <param name="Raw">Receives per-replication rows of the worlds run now, or null.</param>
/// <param name="Progress">Receives progress after each block (worlds done within this call's part of the range).</param>
/// <param name="Checkpoint">
/// Called on the calling thread, between segments, with the state of the range's prefix finished so far
/// (read it, do not keep or change it); null runs the range in one segment.
/// </param>
/// <param name="CheckpointInterval">Least time between checkpoints: a segment ends at the first block boundary after it.</param>
/// <param name="Clock">Measures the checkpoint interval (never used for results); the system clock when null.</param>
/// <param name="Discovery">Records the worlds scenario discovery looks at as they pass, or null.</param>
public sealed record RangeRunOptions(
    int Threads,
    IRawSink? Raw = null,
    IProgress<RunProgress>? Progress = null,
    Action<AggregateState>? Checkpoint = null,
    TimeSpan CheckpointInterval = default,
    TimeProvider? Clock = null,
    Discovery.DiscoveryCapture? Discovery = null);
