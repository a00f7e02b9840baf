using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Counterfactual.Experiments.Batches.Schema;

// The batch file's shape as C# types. They exist to generate the JSON Schema (BatchSchema); the loader
// validates by hand so it can report every error with its path and line. Keep both in step: a test checks
// that the schema names every property the loader accepts.

[Description("A Counterfactual batch file: levers crossed into scenarios, Monte Carlo replications, parameter overrides and claims.")]
internal sealed class BatchDocument
{
    [Description("Names the results folder: a-z, 0-9, '-' and '_'.")]
    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    [Description("Free text describing the batch.")]
    public string? Description { get; set; }

    [Description("Batch seed (a non-negative integer); every random stream derives from it and the replication index.")]
    [JsonRequired]
    public ulong Seed { get; set; }

    [Description("Worlds (replications) per scenario, 1 to 100000000.")]
    [JsonRequired]
    public long Replications { get; set; }

    [Description("Last simulated month, \"YYYY-MM\" between 1941-06 and 1960-12 (default 1949-12).")]
    public string? Horizon { get; set; }

    [Description("Lever levels; the scenarios are their full cross product (first lever varying slowest). Levers not named keep their historical value.")]
    public LeversDocument? Levers { get; set; }

    [Description("An explicit list of scenarios instead of the cross product of 'levers' (give one or the other).")]
    public List<LeverSelectionDocument>? Scenarios { get; set; }

    [Description("A named prior set of the model's parameter table.")]
    public string? PriorSet { get; set; }

    [Description("Overrides by parameter name: a fixed number or one distribution.")]
    public Dictionary<string, PriorDocument>? Parameters { get; set; }

    [Description("Sampling design of the uncertain parameters: montecarlo (default) or lhs (sobol is not supported yet).")]
    public string? Design { get; set; }

    [Description("Claims compared between paired scenario selections.")]
    public List<ClaimDocument>? Claims { get; set; }

    [Description("Optional outputs.")]
    public OutputsDocument? Outputs { get; set; }

    [Description("Add replications (doubling from 'replications') until every claim is conclusive or 'maxReplications' is reached; the results are those of the first K worlds whatever the thread count.")]
    public bool? Adaptive { get; set; }

    [Description("Cap on replications with \"adaptive\": true (default 16 x replications).")]
    public long? MaxReplications { get; set; }

    [Description("History-conditioning: keep only the worlds whose factual run matches the evidence, and report every claim on them too.")]
    public ConditioningDocument? Conditioning { get; set; }

    [Description("Variance-based (Sobol) sensitivity of each claim's per-world paired difference to the uncertain parameters (sensitivity.csv).")]
    public SensitivityDocument? Sensitivity { get; set; }

    [Description("PRIM scenario discovery: boxes of parameters and levers where each claim fails (discovery.csv).")]
    public DiscoveryDocument? Discovery { get; set; }
}

[Description("The factual scenario and the evidence its run must match.")]
internal sealed class ConditioningDocument
{
    [Description("Lever values picking exactly one scenario of the batch: the factual world.")]
    [JsonRequired]
    public LeverSelectionDocument Factual { get; set; } = new();

    [Description("Evidence items; a world is kept when its factual run matches all of them.")]
    [JsonRequired]
    public List<EvidenceDocument> Evidence { get; set; } = [];
}

[Description("One piece of evidence: a categorical state, a month event that never happened or happened in a window, or a number in a range.")]
internal sealed class EvidenceDocument
{
    [Description("A per-replication metric.")]
    [JsonRequired]
    public string Metric { get; set; } = string.Empty;

    [Description("For a categorical metric: the required state.")]
    public string? State { get; set; }

    [Description("For a month metric: the event did not happen by the horizon.")]
    public bool? Never { get; set; }

    [Description("For a month metric: happened by this month, \"YYYY-MM\" (same as 'to').")]
    public string? By { get; set; }

    [Description("For a month metric: happened in or after this month.")]
    public string? From { get; set; }

    [Description("For a month metric: happened in or before this month.")]
    public string? To { get; set; }

    [Description("For a numeric metric: smallest value allowed.")]
    public double? Min { get; set; }

    [Description("For a numeric metric: largest value allowed.")]
    public double? Max { get; set; }
}

[Description("Sobol sensitivity settings.")]
internal sealed class SensitivityDocument
{
    [Description("Base samples N, 16 to 1000000 (default 512); N x (k + 2) paired worlds are run for k uncertain parameters.")]
    public int? Samples { get; set; }

    [Description("Bootstrap resamples for the intervals, 20 to 10000 (default 200).")]
    public int? Bootstrap { get; set; }

    [Description("Runs per sample with independent noise, 1 to 64 (default 1). Above 1, each sample's output is the mean of its runs and the noise variance is subtracted, so the indices describe the parameters' effect, not the noise; the cost is multiplied by this number.")]
    public int? NoiseReplicates { get; set; }
}

[Description("PRIM scenario discovery settings.")]
internal sealed class DiscoveryDocument
{
    [Description("Worlds searched (replications 0 .. worlds-1), 50 to 1000000 (default 2000).")]
    public int? Worlds { get; set; }

    [Description("Share of a box's points removed per peel, in (0, 0.5) (default 0.05).")]
    public double? PeelAlpha { get; set; }

    [Description("Smallest share of all points a box may hold, in (0, 0.5) (default 0.05).")]
    public double? MinSupport { get; set; }

    [Description("Most boxes per claim, 1 to 10 (default 2).")]
    public int? MaxBoxes { get; set; }

    [Description("Most parameters or levers one box may restrict, 1 to 10 (default 3); each box is simplified down to the restrictions that matter.")]
    public int? MaxDimensions { get; set; }

    [Description("A box is reported only if its failure share is at least this many times the claim's overall failure share, 1 to 100 (default 1.5), and its Wilson 95% lower bound lies above that share.")]
    public double? MinLift { get; set; }
}

[Description("Levels of each lever.")]
internal sealed class LeversDocument
{
    [Description("Whether the Soviet-Japanese Neutrality Pact exists from April 1941.")]
    public List<bool>? Pact { get; set; }

    [Description("Division-equivalents the USSR keeps east of Lake Baikal through 1941-42 (0 to 200).")]
    public List<double>? SovietEastDivisions { get; set; }

    [Description("Division-equivalents Japan commits to the Southern Operation (0 to 200).")]
    public List<double>? JapanSouthDivisions { get; set; }
}

[Description("One value per lever; a scenario, or a claim's selection filter.")]
internal sealed class LeverSelectionDocument
{
    [Description("Whether the pact exists.")]
    public bool? Pact { get; set; }

    [Description("Soviet division-equivalents kept east (0 to 200).")]
    public double? SovietEastDivisions { get; set; }

    [Description("Japanese division-equivalents sent south (0 to 200).")]
    public double? JapanSouthDivisions { get; set; }
}

[Description("A distribution for one parameter (exactly one member), or a plain number for a fixed value.")]
internal sealed class PriorDocument
{
    [Description("[mean, sd], sd > 0.")]
    public List<double>? Normal { get; set; }

    [Description("[low, high], low < high.")]
    public List<double>? Uniform { get; set; }

    [Description("[low, mode, high], low <= mode <= high, low < high.")]
    public List<double>? Triangular { get; set; }

    [Description("[a, b] or [a, b, low, high], a > 0 and b > 0.")]
    public List<double>? Beta { get; set; }

    [Description("[median, sigma], both > 0.")]
    public List<double>? Lognormal { get; set; }
}

[Description("A claim: a metric compared between selection A (factual) and selection B (counterfactual), world by world.")]
internal sealed class ClaimDocument
{
    [Description("Unique claim id.")]
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [Description("The claim in words.")]
    public string? Statement { get; set; }

    [Description("A per-replication metric (see the codebook).")]
    [JsonRequired]
    public string Metric { get; set; } = string.Empty;

    [Description("For a categorical metric: the state whose probability is compared.")]
    public string? State { get; set; }

    [Description("mean (numeric; month index among worlds where it happened), probability (categorical; month event happened), or median (month).")]
    public string? Statistic { get; set; }

    [Description("For a month probability: count events up to this month, \"YYYY-MM\".")]
    public string? By { get; set; }

    [Description("Selection A: lever filters (the factual).")]
    [JsonRequired]
    public LeverSelectionDocument A { get; set; } = new();

    [Description("Selection B: lever filters (the counterfactual).")]
    [JsonRequired]
    public LeverSelectionDocument B { get; set; } = new();

    [Description("equivalence (TOST within the margin), superiority (one-sided) or difference (two-sided).")]
    [JsonRequired]
    public string Test { get; set; } = string.Empty;

    [Description("For superiority: greater or less (B compared with A).")]
    public string? Expect { get; set; }

    [Description("Margin in the metric's unit, >= 0 (> 0 for equivalence).")]
    public double? Margin { get; set; }

    [Description("Significance level, 0 < alpha < 0.5 (default 0.05).")]
    public double? Alpha { get; set; }
}

[Description("Optional outputs.")]
internal sealed class OutputsDocument
{
    [Description("Also write one row per scenario and replication (replications.csv).")]
    public bool? Raw { get; set; }
}
