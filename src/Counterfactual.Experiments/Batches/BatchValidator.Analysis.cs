using System.Globalization;
using Counterfactual.Experiments.Batches.Json;
using Counterfactual.Experiments.Conditioning;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Batches;

// The claim-analysis blocks of a batch file: adaptive replication, history-conditioning, sensitivity, discovery.
internal sealed partial class BatchValidator
{
    private static readonly string[] EvidenceMembers = ["metric", "state", "never", "by", "from", "to", "min", "max"];

    private AdaptiveOptions? ReadAdaptive(Dictionary<string, JProperty> p, long? replications)
    {
        var adaptive = p.TryGetValue("adaptive", out var a) && BoolOf(a.Value, "adaptive must be true or false") == true;
        if (!p.TryGetValue("maxReplications", out var m))
        {
            return adaptive && replications is { } r ? new AdaptiveOptions(Math.Min(Batch.MaxReplications, r * 16)) : null;
        }

        if (m.Value.Kind != JKind.Number || m.Value.UInt64 is not { } cap || cap < 1 || cap > Batch.MaxReplications)
        {
            Error(m.Value, string.Create(CultureInfo.InvariantCulture, $"maxReplications must be an integer from 1 to {Batch.MaxReplications}"));
            return null;
        }

        if (!adaptive)
        {
            Error(m.Value, "maxReplications applies only with \"adaptive\": true");
            return null;
        }

        if (replications is { } r2 && (long)cap < r2)
        {
            Error(m.Value, "maxReplications must be at least replications");
            return null;
        }

        return new AdaptiveOptions((long)cap);
    }

    private ConditioningSpec? ReadConditioning(JNode node, List<LeverDefinition> levers, List<Scenario> scenarios, int horizon)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"conditioning must be an object with 'factual' and 'evidence', not {node.KindName}");
            return null;
        }

        var before = _errors.Count;
        var p = Members(node, ["factual", "evidence"]);
        var factual = Required(node, p, "factual") is { } f ? ReadSelection(f, "conditioning 'factual'") : null;
        var index = -1;
        if (factual is not null)
        {
            var matches = Enumerable.Range(0, scenarios.Count)
                .Where(s => factual.All(kv => Parse(scenarios[s].Values[levers.FindIndex(l => l.Name == kv.Key)].Value) == kv.Value))
                .ToList();
            if (matches.Count != 1)
            {
                Error(p["factual"].Value, $"conditioning 'factual' must pick exactly one scenario of the batch; it picks {matches.Count}");
            }
            else
            {
                index = matches[0];
            }
        }

        var evidence = new List<Evidence>();
        if (Required(node, p, "evidence") is { } e)
        {
            if (e.Kind != JKind.Array || e.Items.Count == 0)
            {
                Error(e, "evidence must be a non-empty list of {\"metric\": ..., ...} items");
            }
            else
            {
                evidence.AddRange(e.Items.Select(item => ReadEvidence(item, horizon)).OfType<Evidence>());
            }
        }

        return _errors.Count > before || index < 0 ? null : new ConditioningSpec(index, evidence);
    }

    private Evidence? ReadEvidence(JNode node, int horizon)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"an evidence item must be an object, not {node.KindName}");
            return null;
        }

        var before = _errors.Count;
        var p = Members(node, EvidenceMembers);
        var metric = ReadClaimMetric(node, p);
        if (metric is null)
        {
            return null;
        }

        void NotFor(string name, string why)
        {
            if (p.TryGetValue(name, out var prop))
            {
                Error(prop.Value, $"'{name}' {why}; '{metric.Name}' is a {metric.Kind.ToString().ToLowerInvariant()} metric");
            }
        }

        var state = ReadClaimState(node, p, metric);
        var never = p.TryGetValue("never", out var nv) && BoolOf(nv.Value, "never must be true or false") == true;
        int? Month(string name) => p.TryGetValue(name, out var prop) && ReadMonth(prop.Value, name) is { } m ? CheckMonth(prop.Value, m, horizon) : null;
        int? from = null, to = null;
        double? min = null, max = null;
        switch (metric.Kind)
        {
            case MetricKind.Month:
                from = Month("from");
                to = Month("to");
                if (Month("by") is { } by)
                {
                    to = p.ContainsKey("to") ? ErrorNull(p["by"].Value, "give 'by' or 'to', not both") : by;
                }

                if (never && (p.ContainsKey("from") || p.ContainsKey("to") || p.ContainsKey("by")))
                {
                    Error(nv!.Value, "'never' cannot be combined with a window ('by', 'from', 'to')");
                }
                else if (!never && from is null && to is null && !p.ContainsKey("by") && !p.ContainsKey("from") && !p.ContainsKey("to") && !p.ContainsKey("never"))
                {
                    Error(node, $"evidence on '{metric.Name}' needs \"never\": true or a window (\"by\", \"from\", \"to\")");
                }

                if (from is { } f && to is { } t && f > t)
                {
                    Error(node, "the window's 'from' is after its end");
                }

                NotFor("min", "applies only to numeric metrics");
                NotFor("max", "applies only to numeric metrics");
                break;
            case MetricKind.Numeric:
                min = p.TryGetValue("min", out var mi) ? NumberOf(mi.Value, "min") : null;
                max = p.TryGetValue("max", out var ma) ? NumberOf(ma.Value, "max") : null;
                if (min is null && max is null && _errors.Count == before)
                {
                    Error(node, $"evidence on '{metric.Name}' needs \"min\" or \"max\"");
                }

                foreach (var n in new[] { "never", "by", "from", "to" })
                {
                    NotFor(n, "applies only to month metrics");
                }

                break;
            default:
                foreach (var n in new[] { "never", "by", "from", "to", "min", "max" })
                {
                    NotFor(n, "does not apply to a categorical state");
                }

                break;
        }

        return _errors.Count > before ? null : new Evidence(metric, state, never, from, to, min, max);
    }

    private int? CheckMonth(JNode node, int month, int horizon)
    {
        if (month < 0 || month > horizon)
        {
            Error(node, $"the month must lie between 1941-06 and the horizon {FormatMonth(horizon)}");
            return null;
        }

        return month;
    }

    private int? ErrorNull(JNode node, string message)
    {
        Error(node, message);
        return null;
    }

    private SensitivityOptions? ReadSensitivity(JNode node)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"sensitivity must be an object such as {{\"samples\": 512}}, not {node.KindName}");
            return null;
        }

        var p = Members(node, ["samples", "bootstrap", "noiseReplicates"]);
        var samples = IntegerIn(p, "samples", 512, 16, 1_000_000);
        var bootstrap = IntegerIn(p, "bootstrap", 200, 20, 10_000);
        var replicates = IntegerIn(p, "noiseReplicates", 1, 1, 64);
        return samples is null || bootstrap is null || replicates is null ? null : new SensitivityOptions(samples.Value, bootstrap.Value, replicates.Value);
    }

    private DiscoveryOptions? ReadDiscovery(JNode node)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"discovery must be an object such as {{\"worlds\": 2000}}, not {node.KindName}");
            return null;
        }

        var p = Members(node, ["worlds", "peelAlpha", "minSupport", "maxBoxes", "maxDimensions", "minLift"]);
        var worlds = IntegerIn(p, "worlds", 2000, 50, 1_000_000);
        var boxes = IntegerIn(p, "maxBoxes", 2, 1, 10);
        var dimensions = IntegerIn(p, "maxDimensions", 3, 1, 10);
        var lift = 1.5;
        if (p.TryGetValue("minLift", out var ml) && NumberOf(ml.Value, "minLift") is { } l)
        {
            if (l is >= 1 and <= 100)
            {
                lift = l;
            }
            else
            {
                Error(ml.Value, "minLift must lie from 1 to 100");
            }
        }

        double Share(string name, double fallback)
        {
            if (!p.TryGetValue(name, out var prop))
            {
                return fallback;
            }

            var x = NumberOf(prop.Value, name);
            if (x is not (> 0 and < 0.5))
            {
                if (x is not null)
                {
                    Error(prop.Value, $"{name} must lie strictly between 0 and 0.5");
                }

                return fallback;
            }

            return x.Value;
        }

        var alpha = Share("peelAlpha", 0.05);
        var support = Share("minSupport", 0.05);
        return worlds is null || boxes is null || dimensions is null ? null : new DiscoveryOptions(worlds.Value, alpha, support, boxes.Value, dimensions.Value, lift);
    }

    private int? IntegerIn(Dictionary<string, JProperty> p, string name, int fallback, int min, int max)
    {
        if (!p.TryGetValue(name, out var prop))
        {
            return fallback;
        }

        if (prop.Value.Kind != JKind.Number || prop.Value.UInt64 is not { } v || v < (ulong)min || v > (ulong)max)
        {
            Error(prop.Value, string.Create(CultureInfo.InvariantCulture, $"{name} must be an integer from {min} to {max}"));
            return null;
        }

        return (int)v;
    }
}
