namespace Counterfactual.Model.Metrics;

/// <summary>
/// Every metric the model reports, in the fixed order used by all outputs. Names and state names are
/// part of the file formats (ARCHITECTURE.md): change them only on purpose.
/// </summary>
public static class MetricCatalog
{
    /// <summary>States of <c>end_result</c>.</summary>
    public static readonly IReadOnlyList<string> EndResultStates =
        ["ALLIED_VICTORY", "ALLIED_VICTORY_WITHOUT_USSR", "COMPROMISE_PEACE", "AXIS_UNDEFEATED"];

    /// <summary>States of <c>germany_outcome</c> and <c>japan_outcome</c>.</summary>
    public static readonly IReadOnlyList<string> AxisPowerStates =
        ["SURRENDERED", "NEGOTIATED_PEACE", "FIGHTING_AT_HORIZON"];

    /// <summary>States of <c>ussr_outcome</c>.</summary>
    public static readonly IReadOnlyList<string> UssrStates =
        ["VICTORIOUS", "SEPARATE_PEACE", "FIGHTING_AT_HORIZON"];

    public static readonly IReadOnlyList<MetricDescriptor> Categorical =
    [
        Cat(CategoricalMetric.EndResult, "end_result", "How the war ended for the Allied coalition (see MODEL.md, end states).", EndResultStates),
        Cat(CategoricalMetric.GermanyOutcome, "germany_outcome", "Germany's fate by the horizon.", AxisPowerStates),
        Cat(CategoricalMetric.JapanOutcome, "japan_outcome", "Japan's fate by the horizon.", AxisPowerStates),
        Cat(CategoricalMetric.UssrOutcome, "ussr_outcome", "The USSR's fate by the horizon.", UssrStates),
    ];

    public static readonly IReadOnlyList<MetricDescriptor> Months =
    [
        Mon(MonthMetric.GermanySurrender, "germany_surrender_month", "Month Germany surrendered."),
        Mon(MonthMetric.JapanSurrender, "japan_surrender_month", "Month Japan surrendered."),
        Mon(MonthMetric.WarEnd, "war_end_month", "Month the last belligerent pair made peace (never: fighting at the horizon)."),
        Mon(MonthMetric.MoscowFall, "moscow_fall_month", "Month Moscow fell."),
        Mon(MonthMetric.UssrSeparatePeace, "ussr_separate_peace_month", "Month the USSR made a separate peace with Germany."),
        Mon(MonthMetric.JapanAttackUssr, "japan_attack_ussr_month", "Month Japan attacked the USSR (strike north)."),
        Mon(MonthMetric.UssrAttackJapan, "ussr_attack_japan_month", "Month the USSR attacked Japan."),
        Mon(MonthMetric.UsEntry, "us_entry_month", "Month the United States entered the war."),
        Mon(MonthMetric.SecondFront, "second_front_month", "Month of the Western Allied invasion of France."),
        Mon(MonthMetric.AtomicFirstUse, "atomic_first_use_month", "Month of the first atomic bomb used in war."),
        Mon(MonthMetric.HongKongFall, "hong_kong_fall_month", "Month Hong Kong fell to Japan."),
        Mon(MonthMetric.PhilippinesFall, "philippines_fall_month", "Month organised resistance in the Philippines ended."),
        Mon(MonthMetric.SingaporeFall, "singapore_fall_month", "Month Singapore fell."),
        Mon(MonthMetric.JavaFall, "java_fall_month", "Month Java / the Netherlands East Indies surrendered."),
        Mon(MonthMetric.RangoonFall, "rangoon_fall_month", "Month Rangoon fell."),
        Mon(MonthMetric.SouthernConquest, "southern_conquest_month", "Month every southern sub-campaign was complete."),
        Mon(MonthMetric.JapanOilExhausted, "japan_oil_exhausted_month", "Month Japan's oil stock ran out."),
        Mon(MonthMetric.MaxGermanDepth, "max_german_depth_month", "Month the German advance on the Moscow axis was deepest."),
    ];

    public static readonly IReadOnlyList<MetricDescriptor> Numbers =
    [
        Num(NumericMetric.MaxGermanDepthKm, "max_german_depth_km", "km", "Deepest German advance on the Brest-Smolensk-Moscow axis from the 22 June 1941 border.", -1000, 3000),
        Num(NumericMetric.SouthernExtentJune1942, "southern_extent_1942_06", "share 0-1", "Weighted share of the Southern Resource Area held by Japan in June 1942.", 0, 1),
        Num(NumericMetric.SovietDivisionsSentWest, "soviet_divisions_sent_west", "DE", "Division-equivalents moved from the Far East to the west, in total.", 0, 200),
        Num(NumericMetric.SovietMilitaryLosses, "soviet_military_losses", "million men", "Soviet military dead and missing, all theatres.", 0, 40),
        Num(NumericMetric.GermanEastLosses, "german_east_losses", "million men", "German (and allied) dead and missing on the Eastern Front.", 0, 20),
        Num(NumericMetric.JapaneseMilitaryLosses, "japanese_military_losses", "million men", "Japanese military dead and missing, all theatres.", 0, 10),
        Num(NumericMetric.LendLeaseMillionTons, "lend_lease_million_tons", "million tons", "Lend-Lease tonnage delivered to the USSR, all routes.", 0, 60),
        Num(NumericMetric.LendLeasePacificShare, "lend_lease_pacific_share", "share 0-1", "Share of Lend-Lease tonnage that came by the Pacific (Vladivostok) route.", 0, 1),
        Num(NumericMetric.RedArmyLineAtGermanSurrenderKm, "red_army_line_at_german_surrender_km", "km", "German depth D when Germany surrendered (negative: the Red Army stood west of the 1941 border); the post-war map's proxy. Undefined (blank) if Germany did not surrender.", -1000, 3000),
        Num(NumericMetric.SovietOccupiesManchuria, "soviet_occupies_manchuria", "0/1", "1 if the Red Army held Manchuria at the end.", 0, 1),
    ];

    public static readonly IReadOnlyList<MetricDescriptor> Trajectories =
    [
        Traj(TrajectoryVariable.GermanDepthKm, "german_depth_km", "km", "German depth D on the Moscow axis (negative: west of the 1941 border).", -1000, 3000),
        Traj(TrajectoryVariable.SovietCohesion, "soviet_cohesion", "0-1", "Soviet cohesion K.", 0, 1),
        Traj(TrajectoryVariable.GermanEastDe, "german_east_de", "DE", "German and allied division-equivalents in the east.", 0, 1000),
        Traj(TrajectoryVariable.SovietWestDe, "soviet_west_de", "DE", "Soviet division-equivalents facing Germany.", 0, 1200),
        Traj(TrajectoryVariable.SovietEastDe, "soviet_east_de", "DE", "Soviet division-equivalents east of Lake Baikal.", 0, 600),
        Traj(TrajectoryVariable.KwantungDe, "kwantung_de", "DE", "Kwantung Army division-equivalents.", 0, 200),
        Traj(TrajectoryVariable.JapanOilMonths, "japan_oil_months", "months", "Japan's oil stock in months of wartime consumption.", 0, 60),
        Traj(TrajectoryVariable.SouthernExtent, "southern_extent", "share 0-1", "Weighted share of the Southern Resource Area held by Japan.", 0, 1),
        Traj(TrajectoryVariable.PacificProgress, "pacific_progress", "share 0-1", "US advance Y toward the Japanese home islands.", 0, 1),
        Traj(TrajectoryVariable.WesternFrontProgress, "western_front_progress", "share 0-1", "Progress of the Western Allied second front toward Germany.", 0, 1),
    ];

    /// <summary>All per-replication metrics in output order: categorical, month, numeric.</summary>
    public static readonly IReadOnlyList<MetricDescriptor> PerReplication = [.. Categorical, .. Months, .. Numbers];

    /// <summary>Finds a per-replication metric by its CSV name.</summary>
    public static MetricDescriptor? Find(string name)
    {
        foreach (var m in PerReplication)
        {
            if (string.Equals(m.Name, name, StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }

    private static MetricDescriptor Cat(CategoricalMetric m, string name, string description, IReadOnlyList<string> states) =>
        new(name, MetricKind.Categorical, (int)m, "state", description, states, 0, states.Count - 1);

    private static MetricDescriptor Mon(MonthMetric m, string name, string description) =>
        new(name, MetricKind.Month, (int)m, "YYYY-MM or never", description, [], 0, 0);

    private static MetricDescriptor Num(NumericMetric m, string name, string unit, string description, double min, double max) =>
        new(name, MetricKind.Numeric, (int)m, unit, description, [], min, max);

    private static MetricDescriptor Traj(TrajectoryVariable v, string name, string unit, string description, double min, double max) =>
        new(name, MetricKind.Trajectory, (int)v, unit, description, [], min, max);
}
