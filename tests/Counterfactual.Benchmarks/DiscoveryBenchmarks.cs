using BenchmarkDotNet.Attributes;
using Counterfactual.Experiments.Discovery;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Benchmarks;

/// <summary>
/// PRIM scenario discovery on as many points as the essay batch's largest claim (4,000 worlds x 16 paired runs
/// = 64,000) and about twice its 73 dimensions: 146 uniform parameters and 4 levers of four values, failures
/// planted in a corner of two parameters and one lever; two boxes, simplified to at most three dimensions, as
/// the discovery run asks.
/// </summary>
[MemoryDiagnoser]
public class DiscoveryBenchmarks
{
    private const int Points = 64_000;
    private const int Parameters = 146;
    private const int Levers = 4;

    private double[][] _x = [];
    private bool[] _y = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Xoshiro256StarStar(BenchmarkWorlds.Seed);
        _x = new double[Parameters + Levers][];
        for (var d = 0; d < _x.Length; d++)
        {
            _x[d] = new double[Points];
            for (var i = 0; i < Points; i++)
            {
                // Lever l takes its four values in turn over blocks of 4^l points, like the claim's pairs.
                _x[d][i] = d < Parameters ? rng.NextDouble() : (i >> (2 * (d - Parameters))) & 3;
            }
        }

        _y = new bool[Points];
        for (var i = 0; i < Points; i++)
        {
            var planted = _x[0][i] >= 0.2 && _x[0][i] <= 0.6 && _x[1][i] >= 0.7 && _x[Parameters][i] >= 2;
            _y[i] = rng.NextDouble() < (planted ? 0.3 : 0.02);
        }
    }

    [Benchmark]
    public int FindSimplified() => Prim.Find(_x, _y, 0.05, 0.05, 2, new PrimSimplification(3)).Count;

    [Benchmark]
    public int FindPlain() => Prim.Find(_x, _y, 0.05, 0.05, 2).Count;
}
