using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Tests.Support;

/// <summary>
/// Shared helpers: parameter sampling exactly as the runner does it, and batches of replications.
/// </summary>
internal static class TestWorlds
{
    public const ulong Seed = 1941;

    public static ParameterCatalog Catalog => ParameterTable.Default;

    /// <summary>Samples world <paramref name="replication"/>'s parameters: inverse CDF, clamped, in definition order.</summary>
    public static double[] Sample(long replication, ulong seed = Seed)
    {
        var defs = Catalog.Definitions;
        var values = new double[defs.Count];
        var stream = WorldStreams.ParameterStream(seed, replication);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Clamp(defs[i].Prior.Quantile(stream.NextOpenDouble()), defs[i].Min, defs[i].Max);
        }

        return values;
    }

    /// <summary>Sets one parameter by its <see cref="Param"/> member.</summary>
    public static void Set(double[] values, Param p, double value) => values[Catalog.IndexOf(ParamNames.Of(p))] = value;

    /// <summary>Runs <paramref name="count"/> worlds and returns a copy of every outcome.</summary>
    public static List<ReplicationOutcome> Run(int count, Levers levers, Action<double[]>? adjust = null, int horizon = -1)
    {
        var h = horizon < 0 ? Calendar.DefaultHorizon : horizon;
        var sim = new WorldSimulator(Catalog, h);
        var results = new List<ReplicationOutcome>(count);
        for (var r = 0; r < count; r++)
        {
            var values = Sample(r);
            adjust?.Invoke(values);
            var o = new ReplicationOutcome(h);
            sim.Run(levers, values, WorldStreams.ForReplication(Seed, r), o);
            results.Add(o);
        }

        return results;
    }

    public static int Month(this ReplicationOutcome o, MonthMetric m) => o.Months[(int)m];

    public static double Number(this ReplicationOutcome o, NumericMetric m) => o.Numbers[(int)m];

    /// <summary>Mean of paired differences and its standard error.</summary>
    public static (double Mean, double StandardError) PairedDifference(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var n = a.Count;
        var d = new double[n];
        for (var i = 0; i < n; i++)
        {
            d[i] = a[i] - b[i];
        }

        var mean = d.Average();
        var variance = d.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, n - 1);
        return (mean, Math.Sqrt(variance / n));
    }
}
