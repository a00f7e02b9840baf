namespace Counterfactual.Model.Parameters;

public static partial class ParameterTable
{
    private static List<PriorSet> BuildPriorSets() =>
    [
        new(
            "railway-records",
            "Soviet transfers per the Russian Railways history: 18 divisions, about 123,000 men at 92% of establishment, Jun-Dec 1941; 8-12 FE divisions at Moscow.",
            "rzd.ru (RESEARCH.md 1b); Askey and Isaev (7b.2-3)",
            new Dictionary<string, Prior>(StringComparer.Ordinal)
            {
                [ParamNames.Of(Param.SovietEastDe0)] = new TriangularPrior(30, 32, 34),
                [ParamNames.Of(Param.FarEastQualityBonus)] = new TriangularPrior(0.5, 0.6, 0.75),
                [ParamNames.Of(Param.TransferThreatDePerMonth)] = new TriangularPrior(2.5, 3.3, 4),
            }),
        new(
            "siberian-divisions",
            "The popular figures: 30-40 'Siberian' divisions, about 500,000 men, veteran quality, thrown in at Moscow.",
            "histclo; scalar.usc (RESEARCH.md 1b, 9.1): treated there as a myth-level upper bound",
            new Dictionary<string, Prior>(StringComparer.Ordinal)
            {
                [ParamNames.Of(Param.SovietEastDe0)] = new TriangularPrior(36, 40, 44),
                [ParamNames.Of(Param.FarEastQualityBonus)] = new TriangularPrior(1.1, 1.3, 1.5),
                [ParamNames.Of(Param.TransferThreatDePerMonth)] = new TriangularPrior(6, 8, 10),
            }),
        new(
            "pact-worthless",
            "The pact did not restrain Japan at all: only Japan's own calculation did.",
            "Slavinsky 2004 read strictly (RESEARCH.md 7b.8)",
            new Dictionary<string, Prior>(StringComparer.Ordinal)
            {
                [ParamNames.Of(Param.PactCredibility)] = new BetaPrior(1, 19),
            }),
        new(
            "pact-binding",
            "The pact was a strong restraint on Japan's northern faction.",
            "judgement: the opposite pole to pact-worthless",
            new Dictionary<string, Prior>(StringComparer.Ordinal)
            {
                [ParamNames.Of(Param.PactCredibility)] = new BetaPrior(19, 1),
            }),
    ];
}
