namespace Counterfactual.Model.Parameters;

public static partial class ParameterTable
{
    private static void AddSouth(List<ParameterDefinition> r)
    {
        const string alloc = "Southern Army ORBAT: HK 38th Div; Philippines 16th, 48th; Malaya IG, 5th, 18th; Java 2nd, 48th, 38th (re-used); Burma 33rd, 55th (RESEARCH.md 2, 3a)";
        Add(r, Param.SouthAllocHongKong, "share", Fix(0.1), alloc, "Share of the southern commitment used against Hong Kong.", 0, 1);
        Add(r, Param.SouthAllocPhilippines, "share", Fix(0.2), alloc, "Share used in the Philippines.", 0, 1);
        Add(r, Param.SouthAllocMalaya, "share", Fix(0.3), alloc, "Share used in Malaya and Singapore.", 0, 1);
        Add(r, Param.SouthAllocJava, "share", Fix(0.25), alloc, "Share used in the Netherlands East Indies (re-used formations).", 0, 1);
        Add(r, Param.SouthAllocBurma, "share", Fix(0.15), alloc, "Share used in Burma.", 0, 1);
        Add(r, Param.SouthDefenderHongKong, "effective DE", Fix(0.7), "garrison 10,976-14,564 (RESEARCH.md 3b, 9.15) at judged quality 0.7", "Effective Allied defenders of Hong Kong in December 1941.", 0.01, 100);
        Add(r, Param.SouthDefenderPhilippines, "effective DE", Fix(3), "USAFFE 151k, of which 120k partly trained Philippine Army (RESEARCH.md 3b) at judged quality 0.3", "Effective defenders of the Philippines.", 0.01, 100);
        Add(r, Param.SouthDefenderMalaya, "effective DE", Fix(4), "Malaya Command 130,246 men, 253 aircraft (RESEARCH.md 3b) at judged quality 0.45", "Effective defenders of Malaya and Singapore.", 0.01, 100);
        Add(r, Param.SouthDefenderJava, "effective DE", Fix(2), "KNIL 85,000 incl. 28,000 conscripts (RESEARCH.md 3b) at judged quality 0.35", "Effective defenders of the Netherlands East Indies.", 0.01, 100);
        Add(r, Param.SouthDefenderBurma, "effective DE", Fix(1), "judgement: two weak British-Indian divisions in Burma ([B])", "Effective defenders of Burma (Rangoon).", 0.01, 100);
        const string rate = "calibrated to campaign durations from 8 Dec 1941: HK 17 days, Malaya-Singapore 69, Java to 9 Mar 1942, Rangoon 8 Mar, Philippines 151 (RESEARCH.md 3c)";
        Add(r, Param.SouthRateHongKong, "progress/month at R = 1", Fix(0.55), rate, "Monthly progress against Hong Kong at force ratio 1.", 0, 10);
        Add(r, Param.SouthRatePhilippines, "progress/month at R = 1", Fix(0.13), rate, "Monthly progress in the Philippines at force ratio 1.", 0, 10);
        Add(r, Param.SouthRateMalaya, "progress/month at R = 1", Fix(0.25), rate, "Monthly progress in Malaya at force ratio 1.", 0, 10);
        Add(r, Param.SouthRateJava, "progress/month at R = 1", Fix(0.22), rate, "Monthly progress in the NEI at force ratio 1.", 0, 10);
        Add(r, Param.SouthRateBurma, "progress/month at R = 1", Fix(0.14), rate, "Monthly progress toward Rangoon at force ratio 1.", 0, 10);
        const string weight = "judgement: the Southern Resource Area's value lay in NEI and Borneo oil (60-65M bbl/yr, RESEARCH.md 3d), Malayan rubber and tin, Burmese oil and rice";
        Add(r, Param.SouthWeightHongKong, "share", Fix(0.05), weight, "Weight of Hong Kong in the southern extent.", 0, 1);
        Add(r, Param.SouthWeightPhilippines, "share", Fix(0.13), weight, "Weight of the Philippines.", 0, 1);
        Add(r, Param.SouthWeightMalaya, "share", Fix(0.25), weight, "Weight of Malaya-Singapore.", 0, 1);
        Add(r, Param.SouthWeightJava, "share", Fix(0.45), weight, "Weight of the NEI.", 0, 1);
        Add(r, Param.SouthWeightBurma, "share", Fix(0.12), weight, "Weight of Burma.", 0, 1);
        Add(r, Param.SouthJapanQuality, "quality ratio", Tri(1.6, 2, 2.4), "judgement: veteran IJA divisions with air superiority against colonial garrisons (Prince of Wales and Repulse sunk 1941-12-10, RESEARCH.md 8)", "Japanese effectiveness per DE against the southern defenders.", 0.1, 10);
        Add(r, Param.SouthElasticity, "exponent", Fix(1), "judgement: doubling the force roughly halves a campaign (linear law, COMBAT-MODELS.md 1)", "Progress scales with the force ratio to this power.", 0, 3);
        Add(r, Param.SouthNoise, "log-sd", Fix(0.2), "judgement", "Lognormal noise on monthly southern progress.", 0, 2);
        Add(r, Param.SouthDefenderGrowthPerMonth, "share/month", Fix(0.04), "judgement: Britain and the US were reinforcing Malaya and the Philippines in late 1941", "Growth of every southern defender per month of delay after 1941-12.", 0, 1);
        Add(r, Param.JavaStartLagMonths, "months", Fix(2), "Java landings 28 Feb 1942 after Malaya's fall (RESEARCH.md 3a, 8)", "Months after the southern strike before the NEI campaign starts.", 0, 24);
        Add(r, Param.BurmaStartLagMonths, "months", Fix(1), "judgement: the Burma invasion opened in January 1942 ([B])", "Months after the southern strike before the Burma campaign starts.", 0, 24);
        Add(r, Param.SouthReconquestShare, "share", Fix(0.6), "judgement: Philippines and Burma retaken 1944-45 ([B]); NEI largely held to the end", "Share of the southern extent lost as US progress goes from 0.5 to 1.", 0, 1);
        Add(r, Param.SouthJapaneseLossRate, "share/month", Fix(0.02), "Japanese killed: Hong Kong 675 of ~30k, Philippines 11-19k of ~100k over five months, Malaya 3.5-4.5k (RESEARCH.md 3c)", "Japanese permanent loss share per campaign-month in the South.", 0, 1);
    }
}
