using System.Globalization;
using Counterfactual.Experiments.Batches.Json;
using Counterfactual.Experiments.Output;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Batches;

internal sealed partial class BatchValidator
{
    /// <summary>Largest number of scenarios a batch may expand to.</summary>
    public const int MaxScenarios = 4096;

    private (List<LeverDefinition>? Levers, List<Scenario>? Scenarios) ReadDesignCells(JNode root, Dictionary<string, JProperty> p)
    {
        var hasLevers = p.TryGetValue("levers", out var levers);
        var hasList = p.TryGetValue("scenarios", out var list);
        if (hasLevers && hasList)
        {
            Error(list!.Value, "give either 'levers' (a cross product) or 'scenarios' (an explicit list), not both", "$.scenarios");
            return (null, null);
        }

        if (!hasLevers && !hasList)
        {
            Error(root, "missing required property 'levers' (or an explicit 'scenarios' list)", "$.levers");
            return (null, null);
        }

        return hasLevers ? ReadCrossProduct(levers!.Value) : ReadScenarioList(list!.Value);
    }

    private (List<LeverDefinition>?, List<Scenario>?) ReadCrossProduct(JNode node)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"levers must be an object of lever -> list of levels, not {node.KindName}");
            return (null, null);
        }

        var members = Members(node, LeverNames.All);
        var ok = true;
        var defs = new List<LeverDefinition>();
        foreach (var prop in node.Properties.Where(pr => members.TryGetValue(pr.Name, out var m) && ReferenceEquals(m, pr)))
        {
            var levels = ReadLevels(prop.Name, prop.Value);
            ok &= levels is not null;
            if (levels is not null)
            {
                defs.Add(new LeverDefinition(prop.Name, LeverNames.IsBoolean(prop.Name), levels, true));
            }
        }

        if (!ok)
        {
            return (null, null);
        }

        AddHistoricalLevers(defs);
        long count = 1;
        foreach (var d in defs)
        {
            count *= d.Levels.Count;
            if (count > MaxScenarios)
            {
                Error(node, string.Create(CultureInfo.InvariantCulture, $"the levers expand to more than {MaxScenarios} scenarios"));
                return (null, null);
            }
        }

        var cells = new List<double[]>();
        var index = new int[defs.Count];
        for (var c = 0; c < count; c++)
        {
            cells.Add([.. defs.Select((d, i) => d.Levels[index[i]])]);
            for (var i = defs.Count - 1; i >= 0; i--)
            {
                if (++index[i] < defs[i].Levels.Count)
                {
                    break;
                }

                index[i] = 0;
            }
        }

        return (defs, BuildScenarios(defs, cells));
    }

    private List<double>? ReadLevels(string lever, JNode node)
    {
        if (node.Kind != JKind.Array)
        {
            Error(node, $"lever '{lever}' takes a list of levels, e.g. {(LeverNames.IsBoolean(lever) ? "[true, false]" : "[8, 16, 24]")}");
            return null;
        }

        if (node.Items.Count == 0)
        {
            Error(node, $"lever '{lever}' has an empty list of levels");
            return null;
        }

        var levels = new List<double>();
        var ok = true;
        foreach (var item in node.Items)
        {
            if (ReadLeverValue(lever, item) is not { } v)
            {
                ok = false;
            }
            else if (levels.Contains(v))
            {
                Error(item, $"lever '{lever}' lists the level {(LeverNames.IsBoolean(lever) ? (v != 0 ? "true" : "false") : F(v))} twice");
                ok = false;
            }
            else
            {
                levels.Add(v);
            }
        }

        return ok ? levels : null;
    }

    private double? ReadLeverValue(string lever, JNode node)
    {
        if (LeverNames.IsBoolean(lever))
        {
            return BoolOf(node, $"lever '{lever}' takes true or false") is { } b ? (b ? 1 : 0) : null;
        }

        var v = NumberOf(node, $"lever '{lever}'");
        if (v is < 0 or > LeverNames.MaxDivisions)
        {
            Error(node, $"lever '{lever}' must be between 0 and {F(LeverNames.MaxDivisions)} division-equivalents");
            return null;
        }

        return v;
    }

    private (List<LeverDefinition>?, List<Scenario>?) ReadScenarioList(JNode node)
    {
        if (node.Kind != JKind.Array || node.Items.Count == 0)
        {
            Error(node, "scenarios must be a non-empty list of lever settings, e.g. [{\"pact\": false}]");
            return (null, null);
        }

        if (node.Items.Count > MaxScenarios)
        {
            Error(node, string.Create(CultureInfo.InvariantCulture, $"more than {MaxScenarios} scenarios"));
            return (null, null);
        }

        var cells = new List<Dictionary<string, double>>();
        var ok = true;
        foreach (var item in node.Items)
        {
            var selection = ReadSelection(item, "a scenario");
            ok &= selection is not null;
            cells.Add(selection ?? []);
        }

        if (!ok)
        {
            return (null, null);
        }

        var defs = new List<LeverDefinition>();
        foreach (var lever in LeverNames.All.Where(l => cells.Any(c => c.ContainsKey(l))))
        {
            var levels = cells.Select(c => c.TryGetValue(lever, out var v) ? v : LeverNames.Historical(lever)).Distinct().ToList();
            defs.Add(new LeverDefinition(lever, LeverNames.IsBoolean(lever), levels, true));
        }

        AddHistoricalLevers(defs);
        var rows = cells.Select(c => defs.Select(d => c.TryGetValue(d.Name, out var v) ? v : LeverNames.Historical(d.Name)).ToArray()).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var first = rows.FindIndex(r => r.SequenceEqual(rows[i]));
            if (first < i)
            {
                Error(node.Items[i], string.Create(CultureInfo.InvariantCulture, $"this scenario repeats scenario {first + 1}"));
                ok = false;
            }
        }

        return ok ? (defs, BuildScenarios(defs, rows)) : (null, null);
    }

    /// <summary>Lever filters: an object of known lever names to one value each.</summary>
    private Dictionary<string, double>? ReadSelection(JNode node, string what)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"{what} must be an object of lever values, e.g. {{\"pact\": false}}, not {node.KindName}");
            return null;
        }

        var before = _errors.Count;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, prop) in Members(node, LeverNames.All))
        {
            if (ReadLeverValue(name, prop.Value) is { } v)
            {
                result[name] = v;
            }
        }

        return _errors.Count == before ? result : null;
    }

    private static void AddHistoricalLevers(List<LeverDefinition> defs)
    {
        foreach (var lever in LeverNames.All.Where(l => defs.All(d => d.Name != l)))
        {
            defs.Add(new LeverDefinition(lever, LeverNames.IsBoolean(lever), [LeverNames.Historical(lever)], false));
        }
    }

    private static List<Scenario> BuildScenarios(List<LeverDefinition> defs, List<double[]> cells)
    {
        var digits = Math.Max(2, cells.Count.ToString(CultureInfo.InvariantCulture).Length);
        var scenarios = new List<Scenario>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            double Value(string lever) => cell[defs.FindIndex(d => d.Name == lever)];
            var levers = new Levers(Value(LeverNames.Pact) != 0, Value(LeverNames.SovietEastDivisions), Value(LeverNames.JapanSouthDivisions));
            var values = defs.Select((d, j) => new LeverValue(d.Name, d.Format(cell[j]))).ToList();
            var id = "s" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
            scenarios.Add(new Scenario(i, id, levers, values));
        }

        return scenarios;
    }
}
