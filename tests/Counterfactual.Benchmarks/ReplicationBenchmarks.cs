using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Counterfactual.Experiments;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Benchmarks;

/// <summary>
/// One replication of the baseline against its random-number floor: the same number and kinds of random
/// numbers drawn alone, with the same stream set-up. Issue 6's target: replication &lt;= 3x floor.
/// </summary>
/// <remarks>
/// The model draws a fixed number of numbers every simulated month whatever happens (MODEL.md, "Time, state,
/// randomness": 18 standard normals and 8 uniforms a month), so the floor of a world is that many draws times
/// the months the world actually simulates (it stops when the war ends). Setup runs each benchmark world once
/// to learn its month count; the parameter draws (one uniform per parameter, once per world and shared by all
/// scenarios) are outside both benchmarks.
/// </remarks>
[MemoryDiagnoser]
public class ReplicationBenchmarks
{
    /// <summary>Standard normals the model draws per simulated month (MODEL.md).</summary>
    public const int NormalsPerMonth = 18;

    /// <summary>Uniforms the model draws per simulated month (MODEL.md).</summary>
    public const int UniformsPerMonth = 8;

    private double[][] _parameters = [];
    private int[] _months = [];
    private int[][] _gridMonths = [];
    private WorldSimulator _simulator = null!;
    private ReplicationOutcome _outcome = null!;
    private int _world;
    private PreparedWorld _world32 = null!;
    private Levers[] _essayGrid = [];

    [GlobalSetup]
    public void Setup()
    {
        _parameters = BenchmarkWorlds.SampleParameters();
        _simulator = new WorldSimulator(BenchmarkWorlds.Catalog, BenchmarkWorlds.Horizon);
        _outcome = new ReplicationOutcome(BenchmarkWorlds.Horizon);
        _world32 = new PreparedWorld(_simulator);
        _essayGrid = BenchmarkWorlds.EssayGrid();
        _months = new int[BenchmarkWorlds.Count];
        _gridMonths = new int[BenchmarkWorlds.Count][];
        for (var r = 0; r < BenchmarkWorlds.Count; r++)
        {
            _months[r] = SimulatedMonths(Levers.Historical, r);
            _gridMonths[r] = [.. _essayGrid.Select(levers => SimulatedMonths(levers, r))];
        }

        Console.Error.WriteLine($"floor: {_months.Average():F1} simulated months a world on average = {_months.Average() * NormalsPerMonth:F0} normals + {_months.Average() * UniformsPerMonth:F0} uniforms a replication");
        Console.Error.WriteLine($"floor of the default batch's grid: {_gridMonths.Average(m => m.Average()):F1} simulated months a replication on average");
    }

    /// <summary>Months replication <paramref name="r"/> simulates under <paramref name="levers"/> (it stops when the war ends).</summary>
    private int SimulatedMonths(Levers levers, int r)
    {
        _simulator.Run(levers, _parameters[r], WorldStreams.ForReplication(BenchmarkWorlds.Seed, r), _outcome);
        var end = _outcome.Months[(int)MonthMetric.WarEnd];
        return (end == Counterfactual.Model.Time.Calendar.Never ? BenchmarkWorlds.Horizon : end) + 1;
    }

    /// <summary>WorldSimulator.Run with Levers.Historical and sampled parameters: one scenario of one world.</summary>
    [Benchmark(Baseline = true)]
    public double OneReplication()
    {
        var r = _world++ & (BenchmarkWorlds.Count - 1);
        _simulator.Run(Levers.Historical, _parameters[r], WorldStreams.ForReplication(BenchmarkWorlds.Seed, r), _outcome);
        return _outcome.Numbers[0];
    }

    /// <summary>
    /// One replication as the runner does it: one world prepared once (<see cref="PreparedWorld"/>: parameters,
    /// constants and random numbers) and run under the default batch's 32 lever combinations, per replication.
    /// </summary>
    [Benchmark(OperationsPerInvoke = EssayScenarios)]
    public double ReplicationInAWorldOf32()
    {
        var r = _world++ & (BenchmarkWorlds.Count - 1);
        _simulator.Prepare(_parameters[r], WorldStreams.ForReplication(BenchmarkWorlds.Seed, r), _world32);
        var sum = 0.0;
        foreach (var levers in _essayGrid)
        {
            _simulator.Run(levers, _world32, _outcome);
            sum += _outcome.Numbers[0];
        }

        return sum;
    }

    /// <summary>Scenarios of the default batch (scenarios/essay-claim.json: 2 x 4 x 4 levers).</summary>
    public const int EssayScenarios = 32;

    /// <summary>The floor: the replication's streams set up and its normals and uniforms drawn, nothing else.</summary>
    [Benchmark]
    public double RandomNumberFloor()
    {
        var r = _world++ & (BenchmarkWorlds.Count - 1);
        return Draw(WorldStreams.ForReplication(BenchmarkWorlds.Seed, r), _months[r]);
    }

    /// <summary>
    /// The floor of <see cref="ReplicationInAWorldOf32"/>, per replication: the numbers the world's 32 replications
    /// would draw if each drew its own (the months each simulates, as set up), nothing else. The runner draws
    /// them once per world instead, so a replication in the batch can cost less than this in numbers.
    /// </summary>
    [Benchmark(OperationsPerInvoke = EssayScenarios)]
    public double RandomNumberFloorOfAWorldOf32()
    {
        var r = _world++ & (BenchmarkWorlds.Count - 1);
        var sum = 0.0;
        foreach (var months in _gridMonths[r])
        {
            sum += Draw(WorldStreams.ForReplication(BenchmarkWorlds.Seed, r), months);
        }

        return sum;
    }

    /// <summary>Draws a replication's numbers for <paramref name="months"/> months (never inlined: both floors run the same code).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Draw(WorldStreams streams, int months)
    {
        var sum = 0.0;
        for (var i = 0; i < months * NormalsPerMonth; i++)
        {
            sum += streams.EasternFront.NextNormal();
        }

        for (var i = 0; i < months * UniformsPerMonth; i++)
        {
            sum += streams.Decisions.NextDouble();
        }

        return sum;
    }
}
