namespace Counterfactual.Model.Parameters;

/// <summary>
/// The model's parameter table: every number the model uses, with its unit, uncertainty and source.
/// MODEL.md (this project) lists the same rows with the reasoning behind them.
/// </summary>
public static partial class ParameterTable
{
    /// <summary>The shipped table with its named prior sets.</summary>
    public static ParameterCatalog Default { get; } = new(BuildDefinitions(), BuildPriorSets());

    private static List<ParameterDefinition> BuildDefinitions() =>
    [
        new("pactCredibility", "probability", new BetaPrior(6, 4), "judgement: historians agree the pact was instrumental on both sides (Slavinsky 2004; RESEARCH.md 7b.8); centred at 0.6 with wide spread", "Factor by which the pact suppresses Japan's strike-north hazard: hazard x (1 - pactCredibility).", 0, 1),
        new("kantokuenThreshold", "share of June-1941 Soviet FE strength", new UniformPrior(0.5, 0.67), "Japanese Army criterion: Soviet FE ground forces halved, air and armour cut by two thirds (Coox; RESEARCH.md 2, [B], sampled)", "Japan strikes north only when the Soviet Far East falls below this share of its June-1941 strength.", 0, 1),
    ];

    private static List<PriorSet> BuildPriorSets() => [];
}
