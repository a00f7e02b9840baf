namespace Counterfactual.Model.Parameters;

/// <summary>
/// An ordered, immutable parameter table. A parameter's position is its index in every
/// <c>ReadOnlySpan&lt;double&gt;</c> of sampled values handed to the simulator.
/// </summary>
public sealed class ParameterCatalog
{
    private readonly Dictionary<string, int> _index;

    public ParameterCatalog(IReadOnlyList<ParameterDefinition> definitions, IReadOnlyList<PriorSet> priorSets)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(priorSets);
        Definitions = definitions;
        PriorSets = priorSets;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            if (!_index.TryAdd(definitions[i].Name, i))
            {
                throw new ArgumentException($"Duplicate parameter '{definitions[i].Name}'.", nameof(definitions));
            }
        }

        foreach (var set in priorSets)
        {
            foreach (var name in set.Overrides.Keys)
            {
                if (!_index.ContainsKey(name))
                {
                    throw new ArgumentException($"Prior set '{set.Name}' names unknown parameter '{name}'.", nameof(priorSets));
                }
            }
        }
    }

    /// <summary>The parameter rows in index order.</summary>
    public IReadOnlyList<ParameterDefinition> Definitions { get; }

    /// <summary>Named alternative prior sets a batch file may select (e.g. another historian's numbers).</summary>
    public IReadOnlyList<PriorSet> PriorSets { get; }

    /// <summary>Number of parameters.</summary>
    public int Count => Definitions.Count;

    /// <summary>Index of a parameter by name, or -1 when unknown.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Finds a prior set by name, or null.</summary>
    public PriorSet? FindPriorSet(string name) => PriorSets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>The point values of every parameter, in index order.</summary>
    public double[] PointValues() => [.. Definitions.Select(d => d.Prior.Central)];
}

/// <summary>A named set of prior overrides (e.g. "railway-records" vs "siberian-divisions").</summary>
public sealed record PriorSet(string Name, string Description, string Source, IReadOnlyDictionary<string, Prior> Overrides);
