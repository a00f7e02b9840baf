using System.Globalization;
using Counterfactual.Experiments.Batches.Json;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Experiments.Batches;

internal sealed partial class BatchValidator
{
    private static readonly string[] Distributions = ["normal", "uniform", "triangular", "beta", "lognormal"];

    private (ParameterCatalog? Catalog, string? PriorSet) ReadParameters(Dictionary<string, JProperty> p)
    {
        var table = ParameterTable.Default;
        var priors = table.Definitions.Select(d => d.Prior).ToArray();
        string? priorSetName = null;
        var ok = true;
        if (p.TryGetValue("priorSet", out var ps))
        {
            priorSetName = StringOf(ps.Value, "priorSet must be the name of a prior set (a string)");
            var set = priorSetName is null ? null : table.FindPriorSet(priorSetName);
            if (set is null)
            {
                if (priorSetName is not null)
                {
                    var known = table.PriorSets.Select(s => s.Name).ToList();
                    Error(ps.Value, $"unknown prior set '{priorSetName}'{(known.Count == 0 ? "; the model defines no prior sets yet" : Suggest(priorSetName, known))}");
                }

                ok = false;
            }
            else
            {
                foreach (var (name, prior) in set.Overrides)
                {
                    priors[table.IndexOf(name)] = prior;
                }
            }
        }

        if (p.TryGetValue("parameters", out var pp))
        {
            ok &= ReadOverrides(pp.Value, table, priors);
        }

        if (!ok)
        {
            return (null, priorSetName);
        }

        var definitions = table.Definitions.Select((d, i) => d with { Prior = priors[i] }).ToList();
        return (new ParameterCatalog(definitions, table.PriorSets), priorSetName);
    }

    private bool ReadOverrides(JNode node, ParameterCatalog table, Prior[] priors)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"parameters must be an object of parameter name -> value or distribution, not {node.KindName}");
            return false;
        }

        var before = _errors.Count;
        foreach (var (name, prop) in Members(node, [.. table.Definitions.Select(d => d.Name)]))
        {
            var definition = table.Definitions[table.IndexOf(name)];
            if (ReadPrior(prop.Value, name) is { } prior && CheckRange(prop.Value, definition, prior))
            {
                priors[table.IndexOf(name)] = prior;
            }
        }

        return _errors.Count == before;
    }

    private Prior? ReadPrior(JNode node, string parameter)
    {
        if (node.Kind == JKind.Number)
        {
            return NumberOf(node, $"parameter '{parameter}'") is { } v ? new FixedPrior(v) : null;
        }

        if (node.Kind != JKind.Object || node.Properties.Count != 1)
        {
            Error(node, $"parameter '{parameter}' takes a number or one distribution, e.g. {{\"normal\": [0.5, 0.1]}}");
            return null;
        }

        var members = Members(node, Distributions);
        if (members.Count != 1)
        {
            return null;
        }

        var (kind, prop) = members.First();
        var args = ReadArguments(prop.Value, kind);
        if (args is null)
        {
            return null;
        }

        Prior prior = kind switch
        {
            "normal" => new NormalPrior(args[0], args[1]),
            "uniform" => new UniformPrior(args[0], args[1]),
            "triangular" => new TriangularPrior(args[0], args[1], args[2]),
            "beta" => args.Length == 2 ? new BetaPrior(args[0], args[1]) : new BetaPrior(args[0], args[1], args[2], args[3]),
            _ => new LogNormalPrior(args[0], args[1]),
        };
        var problems = prior.Problems().ToList();
        if (problems.Count > 0)
        {
            Error(prop.Value, $"invalid {kind} distribution for '{parameter}': {string.Join("; ", problems)}");
            return null;
        }

        return prior;
    }

    private double[]? ReadArguments(JNode node, string kind)
    {
        var (arity, spelling) = kind switch
        {
            "normal" => (new[] { 2 }, "[mean, sd]"),
            "uniform" => ([2], "[low, high]"),
            "triangular" => ([3], "[low, mode, high]"),
            "beta" => ([2, 4], "[a, b] or [a, b, low, high]"),
            _ => ([2], "[median, sigma]"),
        };
        if (node.Kind != JKind.Array || !arity.Contains(node.Items.Count))
        {
            Error(node, $"{kind} takes {spelling}");
            return null;
        }

        var values = new double[node.Items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (NumberOf(node.Items[i], $"{kind} argument {i + 1}") is not { } v)
            {
                return null;
            }

            values[i] = v;
        }

        return values;
    }

    /// <summary>
    /// A fixed value must lie in [Min, Max]; a distribution is clamped into it at sampling time, which is
    /// allowed only when its central value lies inside.
    /// </summary>
    private bool CheckRange(JNode node, ParameterDefinition definition, Prior prior)
    {
        var central = prior.Central;
        if (central >= definition.Min && central <= definition.Max)
        {
            return true;
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"[{F(definition.Min)}, {F(definition.Max)}]");
        Error(node, prior.IsFixed
            ? $"'{definition.Name}' must lie in {range} ({definition.Unit})"
            : $"the central value {F(central)} of '{definition.Name}' lies outside its range {range} ({definition.Unit})");
        return false;
    }
}
