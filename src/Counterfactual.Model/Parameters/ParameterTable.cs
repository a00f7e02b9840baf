using Counterfactual.Model.Combat;

namespace Counterfactual.Model.Parameters;

/// <summary>
/// The model's parameter table: every number the model uses, with its unit, uncertainty and source.
/// MODEL.md (this project) lists the same rows with the reasoning behind them. The rows are split by
/// theatre into the <c>ParameterTable.*.cs</c> facets; their order is the order of <see cref="Param"/>.
/// Month-valued parameters are month indices with 0 = 1941-06 (see <c>Calendar</c>).
/// </summary>
public static partial class ParameterTable
{
    private const string Research = "RESEARCH.md";
    private const string Combat = "COMBAT-MODELS.md";

    /// <summary>The shipped table with its named prior sets.</summary>
    public static ParameterCatalog Default { get; } = new(BuildDefinitions(), BuildPriorSets());

    private static List<ParameterDefinition> BuildDefinitions()
    {
        var rows = new List<ParameterDefinition>(ParamNames.Count + CombatLawParameters.Definitions.Count);
        AddDecisions(rows);
        AddEast(rows);
        AddFarEast(rows);
        AddSouth(rows);
        AddOilAndPacific(rows);
        AddWestAndEconomy(rows);
        rows.AddRange(CombatLawParameters.Definitions);
        return rows;
    }

    private static void Add(
        List<ParameterDefinition> rows, Param p, string unit, Prior prior, string source, string meaning, double min, double max) =>
        rows.Add(new ParameterDefinition(ParamNames.Of(p), unit, prior, source, meaning, min, max));

    private static FixedPrior Fix(double value) => new(value);

    private static TriangularPrior Tri(double low, double mode, double high) => new(low, mode, high);

    private static UniformPrior Uni(double low, double high) => new(low, high);
}
