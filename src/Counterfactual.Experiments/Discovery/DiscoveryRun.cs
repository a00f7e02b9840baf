using System.Globalization;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Claims;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Running;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// Scenario discovery for each claim over the first worlds of the run (replications 0 .. worlds-1, re-simulated
/// with the run's own parameters and streams, so memory stays bounded whatever the replication count). A point
/// is one (world, pair): its dimensions are the uncertain parameters and the levers that vary among the claim's
/// pairs (the A side's value); the case of interest is that the pair goes against the claim
/// (<see cref="PairedWorldEvaluator.Fails"/>). Points whose difference is undefined are left out.
/// </summary>
internal static class DiscoveryRun
{
    public static (List<DiscoveryRow> Rows, List<DiscoveryBox> Boxes) Run(Batch batch, DiscoveryOptions options, int threads, CancellationToken cancellationToken)
    {
        var worlds = (int)Math.Min(options.Worlds, batch.Replications);
        var definitions = batch.Catalog.Definitions;
        var uncertain = Enumerable.Range(0, definitions.Count).Where(i => !definitions[i].Prior.IsFixed).ToArray();
        var sampler = new ParameterSampler(batch);
        var differences = batch.Claims.Select(c => new double[worlds * c.Pairs.Count]).ToArray();
        var parameters = new double[worlds][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        Parallel.For(0, (worlds + 63) / 64, parallel, () => new PairedWorldEvaluator(batch), (chunk, _, evaluator) =>
        {
            for (var w = chunk * 64; w < Math.Min(worlds, (chunk + 1) * 64); w++)
            {
                var p = new double[sampler.Count];
                sampler.Sample(w, p);
                parameters[w] = p;
                evaluator.Run(p, WorldStreams.ForReplication(batch.Seed, w));
                for (var c = 0; c < batch.Claims.Count; c++)
                {
                    var pairs = batch.Claims[c].Pairs.Count;
                    for (var k = 0; k < pairs; k++)
                    {
                        differences[c][(w * pairs) + k] = evaluator.PairDifference(c, k);
                    }
                }
            }

            return evaluator;
        }, _ => { });

        var rows = new List<DiscoveryRow>();
        var sentences = new List<DiscoveryBox>();
        for (var c = 0; c < batch.Claims.Count; c++)
        {
            var spec = batch.Claims[c];
            var pairs = spec.Pairs.Count;
            var levers = Enumerable.Range(0, batch.Levers.Count)
                .Where(l => spec.Pairs.Select(p => batch.Scenarios[p.A].Values[l].Value).Distinct().Count() > 1)
                .ToArray();
            var names = uncertain.Select(i => definitions[i].Name).Concat(levers.Select(l => batch.Levers[l].Name)).ToArray();
            var points = Enumerable.Range(0, worlds * pairs).Where(i => !double.IsNaN(differences[c][i])).ToArray();
            var x = new double[names.Length][];
            for (var d = 0; d < uncertain.Length; d++)
            {
                x[d] = [.. points.Select(i => parameters[i / pairs][uncertain[d]])];
            }

            for (var l = 0; l < levers.Length; l++)
            {
                x[uncertain.Length + l] = [.. points.Select(i => LeverNumber(batch.Scenarios[spec.Pairs[i % pairs].A].Values[levers[l]].Value))];
            }

            var y = points.Select(i => PairedWorldEvaluator.Fails(spec, differences[c][i])).ToArray();
            var boxes = Prim.Find(x, y, options.PeelAlpha, options.MinSupport, options.MaxBoxes);
            for (var b = 0; b < boxes.Count; b++)
            {
                var box = boxes[b];
                var restricted = Enumerable.Range(0, names.Length).Where(box.Restricts).ToList();
                foreach (var d in restricted)
                {
                    rows.Add(new DiscoveryRow(spec.Id, b + 1, names[d], Bound(box.Low[d]), Bound(box.High[d]), box.Coverage, box.Density, box.Support));
                }

                sentences.Add(new DiscoveryBox(spec.Id, b + 1, Sentence(spec.Id, box, restricted.Select(d => Condition(names[d], box.Low[d], box.High[d])))));
            }
        }

        return (rows, sentences);
    }

    private static double Bound(double x) => double.IsFinite(x) ? x : double.NaN;

    private static double LeverNumber(string text) =>
        text switch
        {
            "true" => 1,
            "false" => 0,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
        };

    private static string Condition(string name, double low, double high)
    {
        static string F(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
        return (double.IsFinite(low), double.IsFinite(high)) switch
        {
            (true, true) => $"{F(low)} <= {name} <= {F(high)}",
            (true, false) => $"{name} >= {F(low)}",
            _ => $"{name} <= {F(high)}",
        };
    }

    private static string Sentence(string claim, PrimBox box, IEnumerable<string> conditions) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{claim} fails in {box.Density:P0} of worlds where {string.Join(" and ", conditions)} ({box.Coverage:P0} of its failures; {box.Support:P0} of all worlds)");
}
