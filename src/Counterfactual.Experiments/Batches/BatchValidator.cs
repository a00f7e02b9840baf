using System.Globalization;
using System.Text.RegularExpressions;
using Counterfactual.Experiments.Batches.Json;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Time;
using Calendar = Counterfactual.Model.Time.Calendar;

namespace Counterfactual.Experiments.Batches;

/// <summary>Turns a JSON tree into a <see cref="Batch"/>, collecting every error. One instance per document.</summary>
internal sealed partial class BatchValidator(string source)
{
    private static readonly string[] TopLevel =
        ["name", "description", "seed", "replications", "horizon", "levers", "scenarios", "priorSet", "parameters", "design", "claims", "outputs", "adaptive", "maxReplications", "conditioning", "sensitivity", "discovery"];

    private static readonly int LatestHorizon = Calendar.FromYearMonth(1960, 12);

    private readonly List<BatchError> _errors = [];

    public BatchLoadResult Validate(JNode root)
    {
        if (root.Kind != JKind.Object)
        {
            Error(root, $"a batch file is a JSON object, not {root.KindName}");
            return Result(null);
        }

        var p = Members(root, TopLevel);
        var name = RequiredString(root, p, "name");
        if (name is not null && !NamePattern().IsMatch(name))
        {
            Error(p["name"].Value, "name must use only a-z, 0-9, '-' and '_' (it names the results folder)");
        }

        var description = p.TryGetValue("description", out var d) ? StringOf(d.Value) ?? string.Empty : string.Empty;
        var seed = ReadSeed(root, p);
        var replications = ReadReplications(root, p);
        var horizon = p.TryGetValue("horizon", out var h) ? ReadHorizon(h.Value) : Calendar.DefaultHorizon;
        var (levers, scenarios) = ReadDesignCells(root, p);
        var (catalog, priorSet) = ReadParameters(p);
        var design = p.TryGetValue("design", out var de) ? ReadDesign(de.Value) : ExperimentDesign.MonteCarlo;
        var claims = p.TryGetValue("claims", out var c) && scenarios is not null ? ReadClaims(c.Value, levers!, scenarios, horizon ?? Calendar.DefaultHorizon) : [];
        var raw = p.TryGetValue("outputs", out var o) && ReadOutputs(o.Value);
        var adaptive = ReadAdaptive(p, replications);
        var conditioning = p.TryGetValue("conditioning", out var cn) && scenarios is not null ? ReadConditioning(cn.Value, levers!, scenarios, horizon ?? Calendar.DefaultHorizon) : null;
        var sensitivity = p.TryGetValue("sensitivity", out var se) ? ReadSensitivity(se.Value) : null;
        var discovery = p.TryGetValue("discovery", out var di) ? ReadDiscovery(di.Value) : null;

        if (_errors.Count > 0 || name is null || seed is null || replications is null || horizon is null || scenarios is null || catalog is null)
        {
            return Result(null);
        }

        return Result(new Batch(name, description, seed.Value, replications.Value, horizon.Value, levers!, scenarios, catalog, priorSet, design, claims, new OutputOptions(raw))
        {
            Adaptive = adaptive,
            Conditioning = conditioning,
            Sensitivity = sensitivity,
            Discovery = discovery,
        });
    }

    private BatchLoadResult Result(Batch? batch)
    {
        if (batch is null && _errors.Count == 0)
        {
            _errors.Add(new BatchError(source, "$", null, "the batch is incomplete"));
        }

        return new BatchLoadResult(batch, _errors);
    }

    private ulong? ReadSeed(JNode root, Dictionary<string, JProperty> p)
    {
        if (!p.TryGetValue("seed", out var s))
        {
            Error(root, "missing required property 'seed'", "$.seed");
            return null;
        }

        if (s.Value.Kind != JKind.Number || s.Value.UInt64 is null)
        {
            Error(s.Value, "seed must be a non-negative integer (at most 18446744073709551615)");
            return null;
        }

        return s.Value.UInt64;
    }

    private long? ReadReplications(JNode root, Dictionary<string, JProperty> p)
    {
        if (!p.TryGetValue("replications", out var r))
        {
            Error(root, "missing required property 'replications'", "$.replications");
            return null;
        }

        if (r.Value.Kind != JKind.Number || r.Value.UInt64 is not { } n || n < 1 || n > Batch.MaxReplications)
        {
            Error(r.Value, string.Create(CultureInfo.InvariantCulture, $"replications must be an integer from 1 to {Batch.MaxReplications}"));
            return null;
        }

        return (long)n;
    }

    private int? ReadHorizon(JNode node)
    {
        var month = ReadMonth(node, "horizon");
        if (month is null)
        {
            return null;
        }

        if (month.Value < 0 || month.Value > LatestHorizon)
        {
            Error(node, "horizon must be between 1941-06 and 1960-12");
            return null;
        }

        return month;
    }

    private int? ReadMonth(JNode node, string what)
    {
        if (node.Kind != JKind.String || !Calendar.TryParse(node.Text, out var month))
        {
            Error(node, $"{what} must be a month written \"YYYY-MM\"");
            return null;
        }

        return month;
    }

    private ExperimentDesign ReadDesign(JNode node)
    {
        switch (StringOf(node, "design must be \"montecarlo\", \"lhs\" or \"sobol\""))
        {
            case "montecarlo":
                return ExperimentDesign.MonteCarlo;
            case "lhs":
                return ExperimentDesign.Lhs;
            case "sobol":
                Error(node, "design \"sobol\" is not supported yet; use \"montecarlo\" or \"lhs\"");
                return ExperimentDesign.Sobol;
            case null:
                return ExperimentDesign.MonteCarlo;
            default:
                Error(node, "design must be \"montecarlo\", \"lhs\" or \"sobol\"");
                return ExperimentDesign.MonteCarlo;
        }
    }

    private bool ReadOutputs(JNode node)
    {
        if (node.Kind != JKind.Object)
        {
            Error(node, $"outputs must be an object, not {node.KindName}");
            return false;
        }

        var p = Members(node, ["raw"]);
        return p.TryGetValue("raw", out var raw) && BoolOf(raw.Value, "raw must be true or false") == true;
    }

    [GeneratedRegex("^[a-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
