using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Time;

namespace Counterfactual.Benchmarks;

/// <summary>
/// Inputs shared by the benchmarks, built from the model's public API only (so they keep working when the
/// model is replaced): parameter vectors sampled from the default priors, as the runner samples them.
/// </summary>
internal static class BenchmarkWorlds
{
    public const ulong Seed = 19410413;

    /// <summary>How many distinct worlds the benchmarks cycle through (so no single lucky world is timed).</summary>
    public const int Count = 1024;

    public static int Horizon => Calendar.DefaultHorizon;

    public static ParameterCatalog Catalog => ParameterTable.Default;

    /// <summary>Parameter vectors of worlds 0..Count-1: draw i of each world's parameter stream through prior i's inverse CDF.</summary>
    public static double[][] SampleParameters()
    {
        var definitions = Catalog.Definitions;
        var worlds = new double[Count][];
        for (var r = 0; r < Count; r++)
        {
            var stream = WorldStreams.ParameterStream(Seed, r);
            worlds[r] = new double[definitions.Count];
            for (var i = 0; i < definitions.Count; i++)
            {
                var d = definitions[i];
                worlds[r][i] = Math.Clamp(d.Prior.Quantile(stream.NextOpenDouble()), d.Min, d.Max);
            }
        }

        return worlds;
    }

    /// <summary>The default batch's 32 lever combinations (scenarios/essay-claim.json: 2 x 4 x 4), in its order.</summary>
    public static Model.Simulation.Levers[] EssayGrid() =>
        [.. from pact in Pacts from east in EastDivisions from south in SouthDivisions select new Model.Simulation.Levers(pact, east, south)];

    private static readonly bool[] Pacts = [true, false];
    private static readonly int[] EastDivisions = [8, 16, 24, 32];
    private static readonly int[] SouthDivisions = [5, 8, 11, 14];

    /// <summary>The outcome of each of the worlds under the historical levers.</summary>
    public static ReplicationOutcome[] Outcomes(double[][] parameters)
    {
        var simulator = new Model.Simulation.WorldSimulator(Catalog, Horizon);
        return [.. parameters.Select((p, r) =>
        {
            var outcome = new ReplicationOutcome(Horizon);
            simulator.Run(Model.Simulation.Levers.Historical, p, WorldStreams.ForReplication(Seed, r), outcome);
            return outcome;
        })];
    }
}
