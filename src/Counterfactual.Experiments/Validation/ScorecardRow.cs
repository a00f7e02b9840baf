namespace Counterfactual.Experiments.Validation;

/// <summary>
/// One line of the validation scorecard. <see cref="Value"/> is the model's probability or median;
/// P10 and P90 are the 10th and 90th percentiles of the metric across replications (empty for
/// probabilities); McLow and McHigh bound the Monte Carlo error of the value (95%: Wilson for
/// probabilities, order statistics for medians). Texts are formatted for the CSV and the console.
/// </summary>
public sealed record ScorecardRow(
    string Target,
    string Metric,
    string Statistic,
    string History,
    string Value,
    string P10,
    string P90,
    string McLow,
    string McHigh,
    string Band,
    bool Pass,
    bool PlausiblyInBand);
