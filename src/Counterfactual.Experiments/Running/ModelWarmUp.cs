using Counterfactual.Experiments.Aggregation;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Time;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// Throwaway replications of the model and their aggregation, on a background thread while the program starts: the
/// generic host and the batch file keep about one core busy for a tenth of a second, and on the other the runtime's
/// tiered compilation meets the hot code, so the model's methods are being recompiled with their profile before the
/// workers start instead of during their first block (where the compilation and the slower code before it cost
/// about a fifth of a second of the default batch). The replications use worlds drawn from the default parameter
/// table and a grid of levers, their own simulator, worlds and accumulator, and are discarded: they share nothing
/// with the run and change no result. The warm-up stops when asked (<see cref="Stop"/>, before the run starts) or
/// after <see cref="MaxReplications"/>.
/// </summary>
public sealed class ModelWarmUp
{
    /// <summary>Most replications a warm-up runs when nobody stops it (a few tenths of a second).</summary>
    public const int MaxReplications = 4096;

    private const ulong Seed = 0x5EED;

    private static readonly bool[] Pacts = [true, false];
    private static readonly double[] EastDivisions = [0, 8, 16, 30];
    private static readonly double[] SouthDivisions = [0, 12];

    private readonly Thread _thread;
    private volatile bool _stop;
    private int _replications;

    private ModelWarmUp() => _thread = new Thread(Run) { IsBackground = true, Name = "counterfactual-warm-up" };

    private bool Going => !_stop && _replications < MaxReplications;

    /// <summary>The replications run so far.</summary>
    public int Replications => Volatile.Read(ref _replications);

    /// <summary>Starts a warm-up on a background thread.</summary>
    public static ModelWarmUp Start()
    {
        var warmUp = new ModelWarmUp();
        warmUp._thread.Start();
        return warmUp;
    }

    /// <summary>Stops the warm-up after its current replication and waits for its thread, so it takes no core from the run.</summary>
    public void Stop()
    {
        _stop = true;
        _thread.Join();
    }

    private void Run()
    {
        try
        {
            Replicate();
        }
#pragma warning disable CA1031 // a warm-up that fails has only not warmed up: the run compiles its code as it would without
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private void Replicate()
    {
        var catalog = ParameterTable.Default;
        var horizon = Calendar.DefaultHorizon;
        var simulator = new WorldSimulator(catalog, horizon);
        // A plain loop, not LINQ over the Levers struct (see RunContext).
        var levers = new Levers[Pacts.Length * EastDivisions.Length * SouthDivisions.Length];
        var scenario = 0;
        foreach (var pact in Pacts)
        {
            foreach (var east in EastDivisions)
            {
                foreach (var south in SouthDivisions)
                {
                    levers[scenario++] = new Levers(pact, east, south);
                }
            }
        }

        var worlds = WorldWorker.PassWorlds(simulator);

        var outcome = new ReplicationOutcome(horizon);
        var state = new AggregateState(new AggregateLayout(levers.Length, horizon, 0));
        var sampler = new ParameterSampler(catalog, Seed);
        var parameters = new double[sampler.Count];
        for (var first = 0; Going; first += worlds.Length)
        {
            // As the workers do: a few worlds sampled and prepared, then run under every scenario in turn.
            for (var i = 0; i < worlds.Length; i++)
            {
                sampler.Sample(first + i, parameters);
                simulator.Prepare(parameters, WorldStreams.ForReplication(Seed, first + i), worlds[i]);
            }

            for (var s = 0; s < levers.Length && Going; s++)
            {
                for (var i = 0; i < worlds.Length && Going; i++)
                {
                    simulator.Run(levers[s], worlds[i], outcome);
                    state.AddOutcome(s, outcome);
                    Interlocked.Increment(ref _replications);
                }
            }
        }
    }
}
