namespace Counterfactual.Model.Parameters;

public static partial class ParameterTable
{
    private static void AddOilAndPacific(List<ParameterDefinition> r)
    {
        Add(r, Param.OilStockMonths0, "months of wartime use", Tri(12, 16, 22), "stock 40-50M bbl (USSBS, RESEARCH.md 3d); 12 months of war (newsonjapan) to 18 ([B]); disputed (9.6)", "Japan's oil stock in June 1941.", 0, 60);
        Add(r, Param.OilPeaceBurn, "months/month", Fix(0.5), "two years of peace or one of war (RESEARCH.md 3d)", "Oil stock used per month between the embargo and war.", 0, 5);
        Add(r, Param.OilWarBurn, "months/month", Fix(0.7), "judgement: wartime rationing stretched the 'one year of war' reserve", "Oil stock used per month at war with the US and Britain.", 0, 5);
        Add(r, Param.OilNorthWarBurn, "months/month", Fix(0.25), "judgement: a land war uses less oil than the navy", "Extra oil per month while at war with the USSR.", 0, 5);
        Add(r, Param.OilIncomeFull, "months/month", Fix(0.9), "tankers brought 1.75M bbl/month south to Japan in 1943-08 (Financial History 133, RESEARCH.md 3d), about half of wartime use", "Oil income per month from a fully held, repaired NEI before blockade losses.", 0, 5);
        Add(r, Param.OilRepairMonths, "months", Fix(12), "judgement: demolished NEI fields took about a year to restore ([B])", "Months to restore captured oil fields to full output.", 1, 60);
        Add(r, Param.OilComfortMonths, "months", Fix(3), "judgement: the fleet ran short of fuel from late 1944 (RESEARCH.md 3d)", "Below this stock Japanese naval power falls proportionally (to 50% at zero).", 0.1, 60);
        Add(r, Param.UsPacificShare, "share", Fix(0.35), "judgement: 'Germany first' left about a third of US munitions for the Pacific", "Share of US munitions going to the war against Japan.", 0, 1);
        Add(r, Param.JapanNavalShare, "share", Fix(0.6), "judgement: Japan's output went mostly to aircraft and ships", "Share of Japanese munitions going to naval-air power.", 0, 1);
        Add(r, Param.UsNaval0, "$bn stock", Fix(8), "judgement: US Pacific naval-air power after Pearl Harbor, a little below Japan's", "US Pacific naval-air stock at entry.", 0, 200);
        Add(r, Param.JapanNaval0, "$bn stock", Fix(10), "judgement: 6 fleet carriers, 1,200+ aircraft in the south (RESEARCH.md 3a)", "Japanese naval-air stock in December 1941.", 0, 200);
        Add(r, Param.NavalDepreciation, "share/month", Fix(0.02), "judgement: wear and non-combat loss of ships and aircraft", "Monthly depreciation of naval-air stocks.", 0, 1);
        Add(r, Param.PacificMaxAdvance, "progress/month", Tri(0.018, 0.022, 0.026), "calibrated judgement: Solomons 1943, Marianas 1944-06, Okinawa 1945-04 (RESEARCH.md 8)", "Largest monthly US advance toward the home islands.", 0, 1);
        Add(r, Param.PacificSteepness, "1/ratio", Fix(0.8), "judgement", "Steepness of the Pacific advance law.", 0.01, 10);
        Add(r, Param.PacificNoise, "log-sd", Fix(0.3), "judgement", "Lognormal noise on the monthly US advance.", 0, 2);
        Add(r, Param.PacificLossRate, "share/month", Fix(0.02), "judgement: carrier battles of 1942 cost both fleets a few percent a month", "Naval-air stock lost to combat per month at ratio 1.", 0, 1);
        Add(r, Param.BlockadeGrowthPerYear, "per year", Fix(0.25), "tanker deliveries 1.75 (1943-08), 0.3 (1944-10), ~0 (1945-04) M bbl/month (RESEARCH.md 3d)", "Blockade intensity added per year of US war with Japan.", 0, 5);
        Add(r, Param.BlockadeProgressWeight, "per unit of progress", Fix(0.6), "same source as blockadeGrowthPerYear: closing bases tightened the blockade", "Blockade intensity added per unit of US progress.", 0, 5);
        Add(r, Param.JapaneseLossPerProgress, "million men per unit of progress", Fix(1.6), "judgement: Japanese military dead about 2.1-2.3M ([B]), most in the Pacific and South-East Asia as the US advanced", "Japanese military dead per unit of US advance.", 0, 10);
        Add(r, Param.JapanNorthWarMunitionsShare, "share", Fix(0.3), "judgement: a continental war would take much of the army's share of output", "Share of Japanese munitions diverted from naval-air power while at war with the USSR.", 0, 1);
    }
}
