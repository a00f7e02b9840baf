using Counterfactual.Experiments.Conditioning;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Experiments.Batches;

/// <summary>A validated batch: what to run and what to report. Built only by <see cref="BatchLoader"/>.</summary>
public sealed class Batch
{
    /// <summary>Largest replication count a batch may ask for.</summary>
    public const long MaxReplications = 100_000_000;

    internal Batch(
        string name,
        string description,
        ulong seed,
        long replications,
        int horizon,
        IReadOnlyList<LeverDefinition> levers,
        IReadOnlyList<Scenario> scenarios,
        ParameterCatalog catalog,
        string? priorSet,
        ExperimentDesign design,
        IReadOnlyList<ClaimSpec> claims,
        OutputOptions outputs)
    {
        Name = name;
        Description = description;
        Seed = seed;
        Replications = replications;
        Horizon = horizon;
        Levers = levers;
        Scenarios = scenarios;
        Catalog = catalog;
        PriorSet = priorSet;
        Design = design;
        Claims = claims;
        Outputs = outputs;
    }

    /// <summary>Names the results folder: <c>[a-z0-9_-]+</c>.</summary>
    public string Name { get; }

    /// <summary>Free text (empty when not given).</summary>
    public string Description { get; }

    /// <summary>The batch seed every stream derives from.</summary>
    public ulong Seed { get; }

    /// <summary>Worlds (replications) per scenario, 1..<see cref="MaxReplications"/>.</summary>
    public long Replications { get; }

    /// <summary>Last simulated month, a <c>Calendar</c> index.</summary>
    public int Horizon { get; }

    /// <summary>Every model lever (those named in the file first, in file order; the others at their historical level).</summary>
    public IReadOnlyList<LeverDefinition> Levers { get; }

    /// <summary>The scenarios in batch order (cross product with the first lever slowest, or the explicit list).</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>The parameter table after the prior set and the overrides.</summary>
    public ParameterCatalog Catalog { get; }

    /// <summary>The selected prior set, or null.</summary>
    public string? PriorSet { get; }

    /// <summary>How parameters are sampled.</summary>
    public ExperimentDesign Design { get; }

    /// <summary>The claims to test.</summary>
    public IReadOnlyList<ClaimSpec> Claims { get; }

    /// <summary>Optional outputs.</summary>
    public OutputOptions Outputs { get; }

    /// <summary>Adaptive replication, or null for a fixed count.</summary>
    public AdaptiveOptions? Adaptive { get; init; }

    /// <summary>History-conditioning of the claims, or null.</summary>
    public ConditioningSpec? Conditioning { get; init; }

    /// <summary>Sobol sensitivity of the claims, or null.</summary>
    public SensitivityOptions? Sensitivity { get; init; }

    /// <summary>PRIM scenario discovery for the claims, or null.</summary>
    public DiscoveryOptions? Discovery { get; init; }

    /// <summary>The same batch without adaptive replication, sensitivity and discovery (conditioning kept).</summary>
    public Batch WithoutAnalysis() => new(Name, Description, Seed, Replications, Horizon, Levers, Scenarios, Catalog, PriorSet, Design, Claims, Outputs) { Conditioning = Conditioning };

    /// <summary>The same batch with command-line overrides applied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Replications outside 1..<see cref="MaxReplications"/>.</exception>
    public Batch WithOverrides(long? replications = null, ulong? seed = null)
    {
        if (replications is < 1 or > MaxReplications)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), replications, $"Replications must be 1..{MaxReplications}.");
        }

        var r = replications ?? Replications;
        return new Batch(Name, Description, seed ?? Seed, r, Horizon, Levers, Scenarios, Catalog, PriorSet, Design, Claims, Outputs)
        {
            Adaptive = Adaptive is null ? null : new AdaptiveOptions(Math.Max(r, Adaptive.MaxReplications)),
            Conditioning = Conditioning,
            Sensitivity = Sensitivity,
            Discovery = Discovery,
        };
    }
}
