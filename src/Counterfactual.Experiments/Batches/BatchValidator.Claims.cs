using System.Globalization;
using Counterfactual.Experiments.Batches.Json;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Batches;

internal sealed partial class BatchValidator
{
    private static readonly string[] ClaimMembers = ["id", "statement", "metric", "state", "statistic", "by", "a", "b", "test", "expect", "margin", "alpha"];

    private List<ClaimSpec> ReadClaims(JNode node, List<LeverDefinition> levers, List<Scenario> scenarios, int horizon)
    {
        var claims = new List<ClaimSpec>();
        if (node.Kind != JKind.Array)
        {
            Error(node, $"claims must be a list of claims, not {node.KindName}");
            return claims;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in node.Items)
        {
            if (ReadClaim(item, levers, scenarios, horizon) is { } claim)
            {
                if (ids.Add(claim.Id))
                {
                    claims.Add(claim);
                }
                else
                {
                    Error(item.Properties.First(pr => pr.Name == "id").Value, $"duplicate claim id '{claim.Id}'");
                }
            }
        }

        return claims;
    }

    private ClaimSpec? ReadClaim(JNode node, List<LeverDefinition> levers, List<Scenario> scenarios, int horizon)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"a claim must be an object, not {node.KindName}");
            return null;
        }

        var before = _errors.Count;
        var p = Members(node, ClaimMembers);
        var id = RequiredString(node, p, "id");
        var statement = p.TryGetValue("statement", out var st) ? StringOf(st.Value) ?? string.Empty : string.Empty;
        var metric = ReadClaimMetric(node, p);
        var state = metric is null ? -1 : ReadClaimState(node, p, metric);
        var statistic = metric is null ? ClaimStatistic.Mean : ReadStatistic(p, metric);
        var by = ReadBy(p, metric, statistic, horizon);
        var a = Required(node, p, "a") is { } an ? ReadSelection(an, "selection 'a'") : null;
        var b = Required(node, p, "b") is { } bn ? ReadSelection(bn, "selection 'b'") : null;
        var test = ReadTest(node, p);
        var expect = ReadExpect(node, p, test);
        var margin = ReadMargin(node, p, test, statistic);
        var alpha = ReadAlpha(p);
        if (_errors.Count > before || id is null || metric is null || a is null || b is null || test is null)
        {
            return null;
        }

        var pairs = Pair(node, a, b, levers, scenarios);
        return pairs is null
            ? null
            : new ClaimSpec(id, statement, metric, state, statistic, by, a, b, test.Value, expect, margin, alpha, pairs);
    }

    private JNode? Required(JNode parent, Dictionary<string, JProperty> p, string name)
    {
        if (p.TryGetValue(name, out var prop))
        {
            return prop.Value;
        }

        Error(parent, $"missing required property '{name}'", JTreeReader.PathOf(parent.Path, name));
        return null;
    }

    private MetricDescriptor? ReadClaimMetric(JNode node, Dictionary<string, JProperty> p)
    {
        var name = RequiredString(node, p, "metric");
        if (name is null)
        {
            return null;
        }

        var metric = MetricCatalog.Find(name);
        if (metric is null)
        {
            Error(p["metric"].Value, $"unknown metric '{name}'{Suggest(name, [.. MetricCatalog.PerReplication.Select(m => m.Name)])}");
        }

        return metric;
    }

    private int ReadClaimState(JNode node, Dictionary<string, JProperty> p, MetricDescriptor metric)
    {
        var has = p.TryGetValue("state", out var prop);
        if (metric.Kind != MetricKind.Categorical)
        {
            if (has)
            {
                Error(prop!.Value, $"'state' applies only to categorical metrics; '{metric.Name}' is a {metric.Kind.ToString().ToLowerInvariant()} metric");
            }

            return -1;
        }

        if (!has)
        {
            Error(node, $"missing required property 'state' (one of {string.Join(", ", metric.States)})", JTreeReader.PathOf(node.Path, "state"));
            return -1;
        }

        var state = StringOf(prop!.Value);
        var index = state is null ? -1 : metric.States.ToList().IndexOf(state);
        if (state is not null && index < 0)
        {
            Error(prop.Value, $"unknown state '{state}' of '{metric.Name}'{Suggest(state, metric.States)}");
        }

        return index;
    }

    private ClaimStatistic ReadStatistic(Dictionary<string, JProperty> p, MetricDescriptor metric)
    {
        var (allowed, fallback) = metric.Kind switch
        {
            MetricKind.Categorical => (new[] { "probability" }, ClaimStatistic.Probability),
            MetricKind.Month => (["probability", "median", "mean"], ClaimStatistic.Probability),
            _ => (["mean"], ClaimStatistic.Mean),
        };
        if (!p.TryGetValue("statistic", out var prop))
        {
            return fallback;
        }

        var text = StringOf(prop.Value);
        if (text is null)
        {
            return fallback;
        }

        if (!allowed.Contains(text))
        {
            Error(prop.Value, $"statistic '{text}' does not apply to '{metric.Name}'; use {string.Join(" or ", allowed.Select(x => "\"" + x + "\""))}");
            return fallback;
        }

        return text switch
        {
            "probability" => ClaimStatistic.Probability,
            "median" => ClaimStatistic.Median,
            _ => ClaimStatistic.Mean,
        };
    }

    private int? ReadBy(Dictionary<string, JProperty> p, MetricDescriptor? metric, ClaimStatistic statistic, int horizon)
    {
        if (!p.TryGetValue("by", out var prop))
        {
            return null;
        }

        if (metric is not null && (metric.Kind != MetricKind.Month || statistic != ClaimStatistic.Probability))
        {
            Error(prop.Value, "'by' applies only to the probability of a month metric");
            return null;
        }

        var month = ReadMonth(prop.Value, "by");
        if (month is < 0 || month > horizon)
        {
            Error(prop.Value, $"'by' must lie between 1941-06 and the horizon {FormatMonth(horizon)}");
            return null;
        }

        return month;
    }

    private static string FormatMonth(int month) => Model.Time.Calendar.Format(month);

    private ClaimTest? ReadTest(JNode node, Dictionary<string, JProperty> p)
    {
        var text = Required(node, p, "test") is { } t ? StringOf(t) : null;
        switch (text)
        {
            case "equivalence":
                return ClaimTest.Equivalence;
            case "superiority":
                return ClaimTest.Superiority;
            case "difference":
                return ClaimTest.Difference;
            case null:
                return null;
            default:
                Error(p["test"].Value, "test must be \"equivalence\", \"superiority\" or \"difference\"");
                return null;
        }
    }

    private ClaimDirection ReadExpect(JNode node, Dictionary<string, JProperty> p, ClaimTest? test)
    {
        var has = p.TryGetValue("expect", out var prop);
        if (test != ClaimTest.Superiority)
        {
            if (has && test is not null)
            {
                Error(prop!.Value, "'expect' applies only to superiority tests");
            }

            return ClaimDirection.None;
        }

        if (!has)
        {
            Error(node, "a superiority test needs 'expect': \"greater\" or \"less\" (B compared with A)", JTreeReader.PathOf(node.Path, "expect"));
            return ClaimDirection.None;
        }

        switch (StringOf(prop!.Value))
        {
            case "greater":
                return ClaimDirection.Greater;
            case "less":
                return ClaimDirection.Less;
            case null:
                return ClaimDirection.None;
            default:
                Error(prop.Value, "expect must be \"greater\" or \"less\"");
                return ClaimDirection.None;
        }
    }

    private double ReadMargin(JNode node, Dictionary<string, JProperty> p, ClaimTest? test, ClaimStatistic statistic)
    {
        double margin = 0;
        if (p.TryGetValue("margin", out var prop))
        {
            if (NumberOf(prop.Value, "margin") is not { } m)
            {
                return 0;
            }

            if (m < 0 || (statistic == ClaimStatistic.Probability && m >= 1))
            {
                Error(prop.Value, statistic == ClaimStatistic.Probability ? "margin of a probability must lie in [0, 1)" : "margin must be >= 0");
                return 0;
            }

            margin = m;
        }

        if (test == ClaimTest.Equivalence && margin <= 0)
        {
            // Without a 'margin' member the error points at where it belongs: the claim's own line.
            Error(prop?.Value.Path ?? JTreeReader.PathOf(node.Path, "margin"), prop?.Value.Line ?? node.Line, "an equivalence test needs a margin > 0");
        }

        return margin;
    }

    private double ReadAlpha(Dictionary<string, JProperty> p)
    {
        if (!p.TryGetValue("alpha", out var prop))
        {
            return 0.05;
        }

        var alpha = NumberOf(prop.Value, "alpha");
        if (alpha is not (> 0 and < 0.5))
        {
            if (alpha is not null)
            {
                Error(prop.Value, "alpha must lie strictly between 0 and 0.5");
            }

            return 0.05;
        }

        return alpha.Value;
    }

    /// <summary>
    /// One scenario each: that pair. Otherwise each A-scenario pairs with the B-scenario equal on every
    /// lever neither selection fixes; the pairing must be one-to-one and non-empty.
    /// </summary>
    private List<ScenarioPair>? Pair(JNode node, Dictionary<string, double> a, Dictionary<string, double> b, List<LeverDefinition> levers, List<Scenario> scenarios)
    {
        var value = scenarios.Select(s => levers.Select((l, i) => Parse(s.Values[i].Value)).ToArray()).ToList();
        bool Matches(int s, Dictionary<string, double> filter) =>
            filter.All(f => value[s][levers.FindIndex(l => l.Name == f.Key)] == f.Value);
        var inA = Enumerable.Range(0, scenarios.Count).Where(s => Matches(s, a)).ToList();
        var inB = Enumerable.Range(0, scenarios.Count).Where(s => Matches(s, b)).ToList();
        if (inA.Count == 0 || inB.Count == 0)
        {
            Error(node, $"selection '{(inA.Count == 0 ? "a" : "b")}' matches no scenario of the batch", JTreeReader.PathOf(node.Path, inA.Count == 0 ? "a" : "b"));
            return null;
        }

        if (inA.Count == 1 && inB.Count == 1)
        {
            return inA[0] == inB[0] ? PairError(node, "selections 'a' and 'b' pick the same scenario") : [new ScenarioPair(inA[0], inB[0])];
        }

        var free = levers.Select((l, i) => (l, i)).Where(x => !a.ContainsKey(x.l.Name) && !b.ContainsKey(x.l.Name)).Select(x => x.i).ToList();
        var pairs = new List<ScenarioPair>();
        var used = new HashSet<int>();
        foreach (var sa in inA)
        {
            var partners = inB.Where(sb => free.All(i => value[sa][i] == value[sb][i])).ToList();
            if (partners.Count != 1 || !used.Add(partners[0]) || partners[0] == sa)
            {
                return PairError(node, $"selections 'a' and 'b' do not pair one-to-one: scenario {scenarios[sa].Id} has {partners.Count} partners in 'b'; fix more levers in both selections");
            }

            pairs.Add(new ScenarioPair(sa, partners[0]));
        }

        return used.Count == inB.Count ? pairs : PairError(node, "selection 'b' has scenarios without a partner in 'a'");
    }

    private List<ScenarioPair>? PairError(JNode node, string message)
    {
        Error(node, message);
        return null;
    }

    private static double Parse(string text) =>
        text switch
        {
            "true" => 1,
            "false" => 0,
            _ => double.Parse(text, CultureInfo.InvariantCulture),
        };
}
