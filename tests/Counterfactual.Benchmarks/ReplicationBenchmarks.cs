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
/// The draw counts were measured once by instrumenting <see cref="Xoshiro256StarStar"/> (counters on
/// NextDouble and NextNormal, 20,000 worlds, historical levers, default priors) for model version
/// <see cref="CountedModelVersion"/>: per replication 400.0 standard normals (polar method; 511.7 uniforms
/// inside them) and 4.33 uniforms drawn directly (Bernoulli decisions). Re-count when the model changes.
/// </remarks>
[MemoryDiagnoser]
public class ReplicationBenchmarks
{
    /// <summary>The model version the draw counts below belong to.</summary>
    public const string CountedModelVersion = "model-1";

    /// <summary>Standard normals per replication (NextNormal and NextLogNormal calls).</summary>
    public const int NormalsPerReplication = 400;

    /// <summary>Uniforms per replication drawn outside the normals (4.33 on average: 13 per 3 replications).</summary>
    public const int UniformsPerThreeReplications = 13;

    private double[][] _parameters = [];
    private WorldSimulator _simulator = null!;
    private ReplicationOutcome _outcome = null!;
    private int _world;

    [GlobalSetup]
    public void Setup()
    {
        if (!string.Equals(ModelInfo.Version, CountedModelVersion, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"warning: draw counts were measured for {CountedModelVersion}; the model is now {ModelInfo.Version}: re-count them");
        }

        _parameters = BenchmarkWorlds.SampleParameters();
        _simulator = new WorldSimulator(BenchmarkWorlds.Catalog, BenchmarkWorlds.Horizon);
        _outcome = new ReplicationOutcome(BenchmarkWorlds.Horizon);
    }

    /// <summary>WorldSimulator.Run with Levers.Historical and sampled parameters: one scenario of one world.</summary>
    [Benchmark(Baseline = true)]
    public double OneReplication()
    {
        var r = _world++ & (BenchmarkWorlds.Count - 1);
        _simulator.Run(Levers.Historical, _parameters[r], WorldStreams.ForReplication(BenchmarkWorlds.Seed, r), _outcome);
        return _outcome.Numbers[0];
    }

    /// <summary>The floor: the replication's streams set up and its normals and uniforms drawn, nothing else.</summary>
    [Benchmark]
    public double RandomNumberFloor()
    {
        var r = _world++ & (BenchmarkWorlds.Count - 1);
        var streams = WorldStreams.ForReplication(BenchmarkWorlds.Seed, r);
        var sum = 0.0;
        for (var i = 0; i < NormalsPerReplication; i++)
        {
            sum += streams.EasternFront.NextNormal();
        }

        var uniforms = (UniformsPerThreeReplications + (r % 3)) / 3;
        for (var i = 0; i < uniforms; i++)
        {
            sum += streams.Decisions.NextDouble();
        }

        return sum;
    }
}
