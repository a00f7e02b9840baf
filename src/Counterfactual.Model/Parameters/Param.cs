namespace Counterfactual.Model.Parameters;

/// <summary>
/// Every parameter the simulator reads, one member per row of <see cref="ParameterTable.Default"/>.
/// The batch-file name is the member name in camelCase (<see cref="ParamNames"/>). The simulator
/// resolves each member to its position in the catalog once, at construction.
/// </summary>
public enum Param
{
    // Politics and decisions.
    PactCredibility,
    KantokuenThreshold,
    NorthMaxHazard,
    NorthHazardWidth,
    NorthHazardAtWarSouth,
    NorthCollapseHazard,
    NorthWindowFirstMonth,
    NorthWindowLastMonth,
    SouthEmbargoMonth,
    SouthPreparationMonths,
    SouthMonthlyHazard,
    SouthHazardAtWarNorth,
    SouthOilTriggerMonths,
    UsEntryDelayWithoutAttackMonths,
    SecondFrontEarliestMonth,
    SecondFrontThresholdDe,
    SecondFrontMonthlyChance,
    SecondFrontFirstCalendarMonth,
    SecondFrontLastCalendarMonth,
    SovietEntryDelayMonths,
    PactEntryDelayMonths,
    SovietEarlyEntrySuperiority,
    SovietEarlyEntryDepthKm,
    AtomicReadyYear,
    AtomicBombsFirstMonth,
    AtomicBombsGrowthPerMonth,
    AtomicMaxPerMonth,
    AtomicGermanySurrenderPerBomb,
    SeparatePeaceCohesion,
    SeparatePeaceShiftShare,
    SeparatePeaceShiftDelayMonths,
    CompromiseEarliestMonth,
    WestCompromiseHazard,
    JapanCompromiseHazard,
    GermanHeartlandKm,
    GermanSurrenderWestWeight,
    JapanSurrenderBase,
    JapanSurrenderPacificWeight,
    JapanSurrenderPacificStart,
    JapanSurrenderBlockadeWeight,
    JapanSurrenderGermanyWeight,
    JapanSurrenderSovietWeight,
    JapanSurrenderOilWeight,
    JapanSurrenderAtomicWeight,
    JapanSurrenderInvasionWeight,

    // Eastern Front.
    GermanEastDe0,
    SovietWestDe0,
    SovietCohesion0,
    EastEdge1941,
    EastEdge1944,
    EastSurpriseFactor,
    EastCaseBlueShare,
    EastMaxAdvanceKm,
    EastAdvanceSteepness,
    EastCounterSteepness,
    EastAdvanceNoise,
    EastMudFactor,
    EastWinterFactor,
    EastSupplyScaleKm,
    EastRailRepairKmPerMonth,
    MoscowDepthKm,
    MoscowZoneKm,
    MoscowDefenceBonus,
    EastDeepSupplyScaleKm,
    EastCombatIntensity,
    TheatreMenPerDe,
    HelmboldExponent,
    TheatreEngagementMen,
    EastLossNoise,
    EastEncirclementRate,
    EastEncirclementLoss,
    CohesionRecovery,
    CohesionLossWeight,
    CohesionTerritoryWeight,
    CohesionMoscowShock,
    CohesionNoise,
    CohesionEffect,
    CohesionDepthWeight,
    SovietMobilisationSurgeDe,
    SovietMobilisationSurgeMonths,
    SovietDePerMunitionsBn,
    GermanDePerMunitionsBn,
    GermanEastShare,
    GermanEastShareAfterInvasion,
    MediterraneanDrainMonth,
    OccupationSensitivity,
    MoscowProductionLoss,
    LendLeaseDePerMt,
    FarEastQualityBonus,
    SovietMenPerDe,
    GermanMenPerDe,
    JapaneseMenPerDe,

    // Far East.
    SovietEastDe0,
    SovietEastLocalDePerMonth,
    TransferBaseDePerMonth,
    TransferThreatDePerMonth,
    TransferThreatDepthKm,
    TransferLastMonth,
    KwantungPoolDe,
    KwantungMinDe,
    KantokuenBoostDe,
    JapanNorthReinforcementDePerMonth,
    JapanNorthReinforcementMaxDe,
    SovietEastWarShare,
    JapanVsSovietQuality1941,
    JapanVsSovietQuality1945,
    FarEastMaxAdvanceKm,
    FarEastAdvanceSteepness,
    FarEastDefenderBonus,
    FarEastCombatIntensity,
    FarEastRailCutKm,
    ManchuriaDepthKm,
    KwantungDrainPerProgress,
    SovietEastBuildupDePerMonth,
    SovietEastBuildupTargetDe,
    FarEastWarCohesionShock,

    // South (sub-campaigns in the order of SouthCampaign).
    SouthAllocHongKong,
    SouthAllocPhilippines,
    SouthAllocMalaya,
    SouthAllocJava,
    SouthAllocBurma,
    SouthDefenderHongKong,
    SouthDefenderPhilippines,
    SouthDefenderMalaya,
    SouthDefenderJava,
    SouthDefenderBurma,
    SouthRateHongKong,
    SouthRatePhilippines,
    SouthRateMalaya,
    SouthRateJava,
    SouthRateBurma,
    SouthWeightHongKong,
    SouthWeightPhilippines,
    SouthWeightMalaya,
    SouthWeightJava,
    SouthWeightBurma,
    SouthJapanQuality,
    SouthElasticity,
    SouthNoise,
    SouthDefenderGrowthPerMonth,
    JavaStartLagMonths,
    BurmaStartLagMonths,
    SouthReconquestShare,
    SouthJapaneseLossRate,

    // Oil.
    OilStockMonths0,
    OilPeaceBurn,
    OilWarBurn,
    OilNorthWarBurn,
    OilIncomeFull,
    OilRepairMonths,
    OilComfortMonths,

    // Pacific.
    UsPacificShare,
    JapanNavalShare,
    UsNaval0,
    JapanNaval0,
    NavalDepreciation,
    PacificMaxAdvance,
    PacificSteepness,
    PacificNoise,
    PacificLossRate,
    BlockadeGrowthPerYear,
    BlockadeProgressWeight,
    JapaneseLossPerProgress,
    JapanNorthWarMunitionsShare,

    // West.
    WestBuildupDePerMonth,
    WestMaxDe,
    GermanWestDe,
    WestEdge,
    WestMaxAdvance,
    WestSteepness,
    WestNoise,

    // Economy: munitions output, $ bn a year at US 1944 prices (Goldsmith via Harrison).
    MunitionsUsa1941,
    MunitionsUsa1942,
    MunitionsUsa1943,
    MunitionsUsa1944,
    MunitionsUk1941,
    MunitionsUk1942,
    MunitionsUk1943,
    MunitionsUk1944,
    MunitionsUssr1941,
    MunitionsUssr1942,
    MunitionsUssr1943,
    MunitionsUssr1944,
    MunitionsGermany1941,
    MunitionsGermany1942,
    MunitionsGermany1943,
    MunitionsGermany1944,
    MunitionsJapan1941,
    MunitionsJapan1942,
    MunitionsJapan1943,
    MunitionsJapan1944,

    // Lend-Lease routes.
    LendLeaseArcticMtPerMonth,
    LendLeasePersianMtPerMonth,
    LendLeasePacificMtPerMonth,
    LendLeaseArcticStartMonth,
    LendLeasePersianStartMonth,
    LendLeasePacificStartMonth,
    LendLeasePacificWarThrottle,
    LendLeaseAfterGermanyMonths,
}

/// <summary>Batch-file names of <see cref="Param"/> members.</summary>
public static class ParamNames
{
    private static readonly string[] Names = BuildNames();

    /// <summary>Number of parameters the simulator reads.</summary>
    public static int Count => Names.Length;

    /// <summary>The camelCase name of <paramref name="p"/>, e.g. <c>pactCredibility</c>.</summary>
    public static string Of(Param p) => Names[(int)p];

    private static string[] BuildNames()
    {
        var values = Enum.GetValues<Param>();
        var names = new string[values.Length];
        foreach (var v in values)
        {
            var s = v.ToString();
            names[(int)v] = string.Concat(char.ToLowerInvariant(s[0]).ToString(), s.AsSpan(1));
        }

        return names;
    }
}
