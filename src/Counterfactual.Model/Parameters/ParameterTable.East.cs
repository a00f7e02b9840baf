namespace Counterfactual.Model.Parameters;

public static partial class ParameterTable
{
    private static void AddEast(List<ParameterDefinition> r)
    {
        Add(r, Param.GermanEastDe0, "DE", Tri(140, 155, 170), "Axis front line 3.0-3.9M men, 22 June 1941 (RESEARCH.md 4, 9.9), about 22-25k men per DE", "German and allied DE in the east on 22 June 1941.", 50, 400);
        Add(r, Param.SovietWestDe0, "DE", Tri(160, 180, 210), "Soviet border districts 2.68-3.29M men (RESEARCH.md 4, 9.9), 14.5k men per 1941 rifle division", "Soviet western DE on 22 June 1941.", 50, 600);
        Add(r, Param.SovietCohesion0, "0-1", Fix(0.8), "judgement: a regime that had survived the purges but not a war of this size", "Soviet cohesion K in June 1941.", 0, 1);
        Add(r, Param.EastEdge1941, "quality ratio", Tri(2.2, 2.6, 3.0), "Dupuy CEV Germany vs USSR about 2.5-3 in 1941 (COMBAT-MODELS.md 1, [M])", "German over Soviet combat effectiveness per DE in 1941.", 0.5, 5);
        Add(r, Param.EastEdge1944, "quality ratio", Tri(1.5, 1.7, 1.9), "Dupuy CEV about 1.8-2 by 1943-44 (COMBAT-MODELS.md 1, [M]); lower bound widened for Soviet operational art (judgement)", "German over Soviet effectiveness from mid-1944 (linear learning from 1942-01).", 0.5, 5);
        Add(r, Param.EastSurpriseFactor, "factor", Fix(1.4), "judgement: Barbarossa's tactical surprise (air forces destroyed on the ground, RESEARCH.md 4: 21,200 aircraft lost in 1941)", "Extra German power ratio in June 1941 only.", 1, 5);
        Add(r, Param.EastMaxAdvanceKm, "km/month", Tri(330, 380, 430), "Brest-Minsk about 350 km in a week, Smolensk by mid-July (RESEARCH.md 4 and 8)", "Largest monthly advance on the Moscow axis (v_max).", 10, 1000);
        Add(r, Param.EastAdvanceSteepness, "1/ratio", Fix(1.0), "judgement: tanh(k(R-1)) reaches 76% of v_max at R = 2", "Steepness k of the advance law.", 0.01, 10);
        Add(r, Param.EastAdvanceNoise, "log-sd", Fix(0.25), "judgement: month-to-month variation of operational results", "Lognormal noise on the monthly advance.", 0, 2);
        Add(r, Param.EastMudFactor, "factor", Tri(0.3, 0.45, 0.6), "rasputitsa of Oct-Nov 1941 and spring (MODEL.md; Battle of Moscow, RESEARCH.md 4)", "Advance multiplier in the mud months (April, October, November).", 0, 1);
        Add(r, Param.EastWinterFactor, "factor", Tri(0.5, 0.6, 0.7), "winter favours the Red Army: Moscow counter-offensive 5 Dec 1941 (RESEARCH.md 4)", "Multiplier of the German power ratio in December-February.", 0, 1);
        Add(r, Param.EastSupplyScaleKm, "km", Tri(400, 500, 600), "judgement: the 1941 advance outran its railheads and stalled ~1,000 km deep (RESEARCH.md 4); Bagration paused at the Vistula", "Attacker supply factor exp(-gap/scale), gap = distance from the front to the attacker's railhead.", 10, 10000);
        Add(r, Param.EastRailRepairKmPerMonth, "km/month", Tri(120, 150, 180), "judgement: railway regauging and repair at a few km a day; the average 1941 advance was ~180 km/month (RESEARCH.md 4, 8)", "Speed at which the advancing side's railhead follows the front.", 1, 2000);
        Add(r, Param.MoscowDepthKm, "km", Fix(1050), "Brest-Moscow about 1,050 km along the axis (MODEL.md; the 1941 advance stopped 30-40 km short)", "Depth at which Moscow falls.", 100, 3000);
        Add(r, Param.MoscowZoneKm, "km", Fix(150), "Mozhaisk line about 100-150 km west of Moscow (background)", "Width of the fortified Moscow zone in front of the city.", 0, 1000);
        Add(r, Param.MoscowDefenceBonus, "factor", Tri(1.3, 1.5, 1.8), "judgement: fortified lines, the state of siege of 19 Oct 1941 (RESEARCH.md 1b) and a capital's defence", "Soviet power multiplier inside the Moscow zone.", 1, 5);
        Add(r, Param.EastSovietLossRate, "share/month", Tri(0.03, 0.04, 0.05), "Soviet dead and missing 8.67M (Krivosheev, RESEARCH.md 4) over 47 months of a ~300-450 DE army", "Soviet permanent loss share per month at R = 1 (Helmbold form).", 0, 1);
        Add(r, Param.EastGermanLossRate, "share/month", Tri(0.012, 0.016, 0.02), "German east dead and missing about 4M of Overmans' 5.3M (RESEARCH.md 4) over 47 months", "German permanent loss share per month at R = 1.", 0, 1);
        Add(r, Param.HelmboldExponent, "exponent", Tri(0.3, 0.6, 0.9), "Helmbold W (COMBAT-MODELS.md 1); fitted firer exponent p = 0.70 +- 0.48 (Ardennes, COMBAT-MODELS.md 2)", "Loss share of a side scales with (enemy power / own power)^W in every theatre.", 0, 1.5);
        Add(r, Param.AttackerLossFactor, "factor", Fix(1.5), "QJM standard daily loss rates: attacker 2.8%, defender 1.5% (COMBAT-MODELS.md 1, TDI/Lawrence 1996); shaded down for a monthly mix of attack and defence", "Loss multiplier of the attacking side in every land theatre.", 1, 5);
        Add(r, Param.EastLossNoise, "log-sd", Fix(0.25), "Wiper, Pettit and Young 2000: log-normal error on log losses (COMBAT-MODELS.md 1)", "Lognormal noise on monthly losses.", 0, 2);
        Add(r, Param.EastEncirclementRate, "per month per unit of (R-1)", Tri(0.5, 0.7, 0.9), "1941 had five great pockets in six months (Bialystok-Minsk, Smolensk, Uman, Kiev, Vyazma-Bryansk; MODEL.md)", "Monthly chance of an encirclement = rate x (attacker ratio - 1), capped at 0.6.", 0, 5);
        Add(r, Param.EastEncirclementLoss, "share", Tri(0.12, 0.18, 0.24), "Kiev about 600k of 3-4M Soviet men in the field (background); Soviet losses 1941 3.35M captured (RESEARCH.md 4)", "Extra loss share of the encircled defender.", 0, 1);
        Add(r, Param.CohesionRecovery, "share/month", Fix(0.1), "judgement: the regime rebuilt morale and control within months after each crisis", "Monthly recovery of K toward 1.", 0, 1);
        Add(r, Param.CohesionLossWeight, "K per loss share", Fix(0.3), "judgement: a month losing 10% of the army costs about 0.09 cohesion", "Cohesion lost per unit of monthly loss share.", 0, 10);
        Add(r, Param.CohesionTerritoryWeight, "K per 1,000 km", Fix(0.3), "judgement: territory and population lost (USSR GDP -34% 1940-42, RESEARCH.md 5a) weigh on the regime; ground regained restores it", "Cohesion change per 1,000 km of German advance (negative advance restores).", 0, 10);
        Add(r, Param.CohesionMoscowShock, "K", Tri(0.1, 0.15, 0.25), "judgement: the capital, rail hub and seat of government (Moscow panic of 16 Oct 1941, background)", "One-off cohesion loss when Moscow falls.", 0, 1);
        Add(r, Param.CohesionNoise, "sd", Fix(0.02), "judgement: political noise", "Normal noise on monthly cohesion.", 0, 1);
        Add(r, Param.CohesionEffect, "share", Fix(0.5), "judgement: a demoralised army fights at half strength at K = 0", "Soviet power multiplier (1 - effect) + effect x K.", 0, 1);
        Add(r, Param.SovietMobilisationSurgeDe, "DE/month", Tri(16, 20, 24), "judgement: reserve mobilisation of 1941 with pre-war stocks; the Red Army rebuilt ~300 divisions in 1941 (background)", "Extra Soviet DE per month during the 1941 mobilisation surge.", 0, 200);
        Add(r, Param.SovietMobilisationSurgeMonths, "months", Fix(19), "judgement: June-December 1941", "Length of the mobilisation surge from June 1941.", 0, 48);
        Add(r, Param.SovietDePerMunitionsBn, "DE per $bn", Tri(14, 16, 18), "calibrated judgement: Soviet forces about 11-12M men 1942-44 (Harrison T1-5, RESEARCH.md 4)", "New Soviet DE per $bn of Soviet munitions output (Goldsmith).", 0, 200);
        Add(r, Param.GermanDePerMunitionsBn, "DE per $bn", Tri(11, 13, 15), "calibrated judgement: German eastern strength held near 150-180 DE 1942-43 (Harrison T1-5, RESEARCH.md 4)", "New German DE per $bn of German munitions output.", 0, 200);
        Add(r, Param.GermanEastShare, "share", Fix(0.8), "Soviet share of German front-line ground forces faced >= 90% to 1944 (Harrison 1988, RESEARCH.md 4), less the ground-force share of munitions", "Share of German new DE sent east before the second front.", 0, 1);
        Add(r, Param.GermanEastShareAfterInvasion, "share", Fix(0.55), "judgement: from June 1944 the west and Italy took a large share of new German formations", "Share of German new DE sent east after the second front.", 0, 1);
        Add(r, Param.OccupationSensitivity, "share per 1,000 km", Fix(0.35), "USSR GDP fell 34% (417 to 274) from 1940 to 1942 under ~900 km of occupation (Harrison, RESEARCH.md 5a)", "Soviet output change per 1,000 km of German depth relative to the historical 900 km.", 0, 2);
        Add(r, Param.MoscowProductionLoss, "share", Fix(0.12), "judgement: Moscow region industry and the rail hub", "Soviet output lost while Moscow is held by Germany.", 0, 1);
        Add(r, Param.LendLeaseDePerMt, "DE per Mt", Tri(6, 9, 12), "Lend-Lease about 1/6 of Soviet NNP 1943-44 (Harrison 1988, RESEARCH.md 5c)", "Soviet DE added per million tons of Lend-Lease delivered.", 0, 100);
        Add(r, Param.FarEastQualityBonus, "factor", Tri(0.6, 0.9, 1.3), "FE garrison held some of the Red Army's most combat-ready units (Stille, RESEARCH.md 7b.1); share at Moscow small (<4%, 9.1)", "Western DE delivered per FE DE transferred: quality (Stille) times manning (rzd.ru: 18 divisions, 123k men, RESEARCH.md 1b).", 0, 5);
        Add(r, Param.SovietMenPerDe, "men", Fix(14500), "1941 rifle division establishment (background); 18 FE divisions = 123k men at 92% (RESEARCH.md 1b) gives ~7.5k men each, so losses use the full establishment", "Men per Soviet DE (for losses in men).", 1000, 50000);
        Add(r, Param.GermanMenPerDe, "men", Fix(22000), "Axis 3.0-3.9M men in ~150 DE (RESEARCH.md 4), divisional slice", "Men per German DE.", 1000, 50000);
        Add(r, Param.JapaneseMenPerDe, "men", Fix(25000), "Kwantung Army 700k men in 13 divisions plus army troops, Southern Army 400k in 11 (RESEARCH.md 2, 3a)", "Men per Japanese DE.", 1000, 60000);
    }
}
