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
    public static (List<DiscoveryRow> Rows, List<DiscoveryBox> Boxes) Run(Batch batch, DiscoveryOptions options, int threads, DiscoveryCapture? captured, CancellationToken cancellationToken)
    {
        var capture = captured ?? DiscoveryCapture.For(batch)!;
        SimulateMissing(batch, capture, threads, cancellationToken);
        var definitions = batch.Catalog.Definitions;
        var uncertain = Enumerable.Range(0, definitions.Count).Where(i => !definitions[i].Prior.IsFixed).ToArray();
        var worldColumns = WorldColumns(capture, uncertain);

        // The claims are independent searches: run them side by side, report them in batch order. A claim's search
        // costs about its points (worlds x pairs): the largest start first and each thread takes the next claim when
        // it is free, so one big claim (the default batch's pact-over-every-deployment claim has 16 pairs: 111 ms of
        // its 220 ms of searches) does not start last on a thread that already did others. This thread and plain tasks
        // take the claims from a shared counter (Parallel.ForEach over a Partitioner, as before, had the runtime compile
        // their generic machinery at the end of every run).
        var claims = batch.Claims.Count;
        var perClaim = new (List<DiscoveryRow> Rows, List<DiscoveryBox> Boxes)[claims];
        var pairCounts = new int[claims];
        for (var c = 0; c < claims; c++)
        {
            pairCounts[c] = batch.Claims[c].Pairs.Count;
        }

        var largestFirst = LargestFirst(pairCounts);
        var next = -1;
        void TakeClaims()
        {
            int k;
            while (!cancellationToken.IsCancellationRequested && (k = Interlocked.Increment(ref next)) < claims)
            {
                var c = largestFirst[k];
                perClaim[c] = Claim(batch, options, capture, uncertain, worldColumns, c);
            }
        }

        var others = new Task[Math.Max(0, Math.Min(threads, claims) - 1)];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = Task.Run(TakeClaims, CancellationToken.None);
        }

        try
        {
            TakeClaims();
        }
        finally
        {
            Task.WaitAll(others, CancellationToken.None); // the tasks stop at cancellation themselves
        }

        cancellationToken.ThrowIfCancellationRequested();

        List<DiscoveryRow> rows = [];
        List<DiscoveryBox> boxes = [];
        foreach (var (claimRows, claimBoxes) in perClaim)
        {
            rows.AddRange(claimRows);
            boxes.AddRange(claimBoxes);
        }

        return (rows, boxes);
    }

    /// <summary>The claims' indices in the order their searches start: most pairs first, ties in batch order.</summary>
    internal static int[] LargestFirst(IReadOnlyList<int> pairCounts)
    {
        // An insertion sort (a batch has a handful of claims): stable, so ties keep the batch order.
        var order = new int[pairCounts.Count];
        for (var c = 0; c < order.Length; c++)
        {
            var at = c;
            while (at > 0 && pairCounts[order[at - 1]] < pairCounts[c])
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = c;
        }

        return order;
    }

    /// <summary>PRIM for claim <paramref name="c"/> over the captured worlds: its box rows and its sentences.</summary>
    private static (List<DiscoveryRow> Rows, List<DiscoveryBox> Boxes) Claim(Batch batch, DiscoveryOptions options, DiscoveryCapture capture, int[] uncertain, PrimColumn[] worldColumns, int c)
    {
        var worlds = capture.Worlds;
        var definitions = batch.Catalog.Definitions;
        var differences = capture.Differences;
        var rows = new List<DiscoveryRow>();
        var sentences = new List<DiscoveryBox>();
        var spec = batch.Claims[c];
        var pairs = spec.Pairs.Count;
        var levers = Enumerable.Range(0, batch.Levers.Count)
            .Where(l => spec.Pairs.Select(p => batch.Scenarios[p.A].Values[l].Value).Distinct().Count() > 1)
            .ToArray();
        var names = uncertain.Select(i => definitions[i].Name).Concat(levers.Select(l => batch.Levers[l].Name)).ToArray();

        // The points' columns. A parameter's points take their world's value: its column maps them to the worlds'
        // column, sorted once for every claim (and is that column itself when the points are the worlds), instead of
        // holding and sorting a copy per point (a claim with 16 pairs has 64,000 points in some 70 dimensions). A
        // lever's points take their pair's value.
        var difference = differences[c];
        var points = DefinedPoints(difference);
        var columns = new PrimColumn[names.Length];
        var everyWorld = pairs == 1 && points.Length == worlds;
        var toWorld = everyWorld ? null : Array.ConvertAll(points, i => i / pairs);
        for (var d = 0; d < uncertain.Length; d++)
        {
            columns[d] = toWorld is null ? worldColumns[d] : PrimColumn.Expanded(worldColumns[d], toWorld);
        }

        var sorter = levers.Length == 0 ? null : new ValueOrder(points.Length);
        for (var l = 0; l < levers.Length; l++)
        {
            var lever = levers[l];
            var byPair = spec.Pairs.Select(p => LeverNumber(batch.Scenarios[p.A].Values[lever].Value)).ToArray();
            var column = new double[points.Length];
            for (var k = 0; k < points.Length; k++)
            {
                column[k] = byPair[points[k] % pairs];
            }

            columns[uncertain.Length + l] = PrimColumn.Sorted(column, sorter!);
        }

        var y = new bool[points.Length];
        var failures = 0;
        for (var k = 0; k < points.Length; k++)
        {
            y[k] = PairedWorldEvaluator.Fails(spec, difference[points[k]]);
            failures += y[k] ? 1 : 0;
        }

        var baseRate = y.Length == 0 ? double.NaN : failures / (double)y.Length;
        var unit = pairs == 1 ? "worlds" : "paired runs";
        var simplify = new PrimSimplification(options.MaxDimensions, MinLift: options.MinLift);
        var boxes = Prim.FindSorted(columns, y, options.PeelAlpha, options.MinSupport, options.MaxBoxes, simplify);
        var ranges = Array.ConvertAll(columns, column => column.Range());
        for (var b = 0; b < boxes.Count; b++)
        {
            var box = boxes[b];
            var restricted = Enumerable.Range(0, names.Length).Where(box.Restricts).ToList();
            foreach (var d in restricted)
            {
                rows.Add(new DiscoveryRow(spec.Id, b + 1, names[d], Bound(box.Low[d]), Bound(box.High[d]), box.Coverage, box.Density, box.Support, baseRate));
            }

            var conditions = restricted.Select(d => Condition(names[d], box.Low[d], box.High[d], ranges[d]));
            sentences.Add(new DiscoveryBox(spec.Id, b + 1, string.Create(
                CultureInfo.InvariantCulture,
                $"{spec.Id} fails ({FailureText(spec)}) in {Percent(box.Density)} of {unit} where {string.Join(" and ", conditions)}{(b == 0 ? string.Empty : $" (outside box{(b == 1 ? " 1" : $"es 1-{b}")})")}, against {Percent(baseRate)} overall ({Percent(box.Coverage)} of its failures; {Percent(box.Support)} of {unit})")));
        }

        if (boxes.Count == 0)
        {
            var why = failures == 0
                ? "it never fails"
                : string.Create(CultureInfo.InvariantCulture, $"no region of at most {options.MaxDimensions} parameters or levers where it fails clearly more often than overall");
            sentences.Add(new DiscoveryBox(spec.Id, 0, string.Create(
                CultureInfo.InvariantCulture,
                $"{spec.Id} fails ({FailureText(spec)}) in {Percent(baseRate)} of {points.Length:N0} {unit}; {why}")));
        }

        return (rows, sentences);
    }

    /// <summary>Each uncertain parameter's values in the captured worlds, sorted: the parameter columns of every claim.</summary>
    private static PrimColumn[] WorldColumns(DiscoveryCapture capture, int[] uncertain)
    {
        var parameters = capture.Parameters;
        var sorter = new ValueOrder(capture.Worlds);
        var columns = new PrimColumn[uncertain.Length];
        for (var d = 0; d < uncertain.Length; d++)
        {
            var values = new double[capture.Worlds];
            for (var w = 0; w < values.Length; w++)
            {
                values[w] = parameters[w][uncertain[d]];
            }

            columns[d] = PrimColumn.Sorted(values, sorter);
        }

        return columns;
    }

    /// <summary>The points (world x pairs + pair) whose paired difference is defined, in order.</summary>
    private static int[] DefinedPoints(double[] difference)
    {
        var defined = 0;
        foreach (var d in difference)
        {
            defined += double.IsNaN(d) ? 0 : 1;
        }

        var points = new int[defined];
        var k = 0;
        for (var i = 0; i < difference.Length; i++)
        {
            if (!double.IsNaN(difference[i]))
            {
                points[k++] = i;
            }
        }

        return points;
    }

    /// <summary>Simulates the worlds the main run did not record (all of them after a resume or a merge), in chunks of 64 per thread.</summary>
    private static void SimulateMissing(Batch batch, DiscoveryCapture capture, int threads, CancellationToken cancellationToken)
    {
        var missing = Enumerable.Range(0, capture.Worlds).Where(w => !capture.Has(w)).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var sampler = new ParameterSampler(batch);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        Parallel.For(0, (missing.Length + 63) / 64, parallel, () => new PairedWorldEvaluator(batch), (chunk, _, evaluator) =>
        {
            var p = new double[sampler.Count];
            for (var i = chunk * 64; i < Math.Min(missing.Length, (chunk + 1) * 64); i++)
            {
                var w = missing[i];
                sampler.Sample(w, p);
                evaluator.Run(p, WorldStreams.ForReplication(batch.Seed, w));
                capture.Record(w, p, evaluator.Outcomes);
            }

            return evaluator;
        }, _ => { });
    }

    /// <summary>What failing means for one world (pair), in the words of <see cref="PairedWorldEvaluator.Fails"/>.</summary>
    internal static string FailureText(ClaimSpec spec)
    {
        var m = Number(spec.Margin, 0);
        return spec.Test switch
        {
            ClaimTest.Equivalence when spec.Statistic == ClaimStatistic.Probability => "the paired runs end in different states",
            ClaimTest.Equivalence => $"|B - A| >= {m}",
            ClaimTest.Superiority when spec.Expect == ClaimDirection.Less => spec.Margin == 0 ? "B - A > 0, the wrong way" : $"B - A > -{m}",
            ClaimTest.Superiority => spec.Margin == 0 ? "B - A < 0, the wrong way" : $"B - A < {m}",
            _ => spec.Margin == 0 ? "B - A = 0" : $"|B - A| < {m}",
        };
    }

    /// <summary>A share as a plain percentage: whole percents from 10%, otherwise up to two significant digits.</summary>
    internal static string Percent(double share)
    {
        if (!double.IsFinite(share))
        {
            return "n/a";
        }

        var p = share * 100;
        var format = p >= 9.95 || p == 0 ? "0" : p >= 0.995 ? "0.#" : "0.##";
        return p.ToString(format, CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>
    /// A number in plain notation (never an exponent): at least three significant digits, and enough decimals to
    /// resolve 10% of <paramref name="range"/> (so a year shows as 1945.3, not 1.95E+03); trailing zeros dropped.
    /// </summary>
    internal static string Number(double v, double range)
    {
        if (!double.IsFinite(v))
        {
            return v.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = v == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(v)));
        var significant = Math.Max(0, 2 - magnitude);
        var resolution = range > 0 && double.IsFinite(range) ? Math.Max(0, 1 - (int)Math.Floor(Math.Log10(range))) : 0;
        var decimals = Math.Min(12, Math.Max(significant, resolution));
        var text = Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static double Bound(double x) => double.IsFinite(x) ? x : double.NaN;

    private static double LeverNumber(string text) =>
        text switch
        {
            "true" => 1,
            "false" => 0,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
        };

    private static string Condition(string name, double low, double high, double range)
    {
        string F(double v) => Number(v, range);
        return (double.IsFinite(low), double.IsFinite(high)) switch
        {
            (true, true) when low == high => $"{name} = {F(low)}",
            (true, true) => $"{F(low)} <= {name} <= {F(high)}",
            (true, false) => $"{name} >= {F(low)}",
            _ => $"{name} <= {F(high)}",
        };
    }
}
