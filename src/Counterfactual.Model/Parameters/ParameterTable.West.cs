namespace Counterfactual.Model.Parameters;

public static partial class ParameterTable
{
    private static void AddWestAndEconomy(List<ParameterDefinition> r)
    {
        Add(r, Param.WestBuildupDePerMonth, "DE/month", Tri(2.5, 3, 3.5), "judgement: about 90 Allied divisions in NW Europe 30 months after US entry ([B])", "Western Allied DE added in Europe per month after US entry.", 0, 50);
        Add(r, Param.WestMaxDe, "DE", Fix(100), "judgement: Allied shipping and manpower ceiling ([B])", "Largest Western Allied force in Europe.", 0, 1000);
        Add(r, Param.GermanWestDe, "DE", Fix(40), "judgement: ~58 understrength German divisions in the west in 1944 ([B]); Soviets faced >= 90% of German ground forces to 1944 (RESEARCH.md 4)", "German DE facing the West before any separate peace.", 0, 1000);
        Add(r, Param.WestEdge, "quality ratio", Tri(0.8, 1, 1.2), "German CEV 1.2-1.3 vs the Western Allies (Dupuy, COMBAT-MODELS.md 1) offset by Allied air superiority (judgement)", "Western Allied effectiveness per DE against Germany.", 0.1, 5);
        Add(r, Param.WestMaxAdvance, "progress/month", Fix(0.12), "Normandy 1944-06 to the Elbe 1945-04 (background)", "Largest monthly western progress.", 0, 1);
        Add(r, Param.WestSteepness, "1/ratio", Fix(0.8), "judgement", "Steepness of the western advance law.", 0.01, 10);
        Add(r, Param.WestNoise, "log-sd", Fix(0.3), "judgement", "Lognormal noise on monthly western progress.", 0, 2);
        const string goldsmith = "Goldsmith 1946 via Harrison 1988 Table 1, $bn at US 1944 munitions prices (RESEARCH.md 5b)";
        AddMunitions(r, Param.MunitionsUsa1941, "US", [4.5, 20, 38, 42], goldsmith);
        AddMunitions(r, Param.MunitionsUk1941, "UK (with Canada)", [7, 10, 12.5, 12.5], goldsmith);
        AddMunitions(r, Param.MunitionsUssr1941, "USSR", [8.5, 11.5, 14, 16], goldsmith);
        AddMunitions(r, Param.MunitionsGermany1941, "German", [6, 8.5, 13.5, 17], goldsmith);
        AddMunitions(r, Param.MunitionsJapan1941, "Japanese", [2, 3, 4.5, 6], goldsmith);
        Add(r, Param.LendLeaseArcticMtPerMonth, "Mt/month", Fix(0.11), "Arctic 22.7-25% of 17.5 Mt (RESEARCH.md 5c)", "Arctic convoy capacity at full US output.", 0, 5);
        Add(r, Param.LendLeasePersianMtPerMonth, "Mt/month", Fix(0.12), "Persian 23.8-27%; 80-90k t/month from May 1942, 200k in H2 1943 (RESEARCH.md 5c)", "Persian Corridor capacity at full US output.", 0, 5);
        Add(r, Param.LendLeasePacificMtPerMonth, "Mt/month", Fix(0.22), "Pacific route 8.24 Mt, 47-50% of tonnage (ww2data; Drent 2017; RESEARCH.md 5c)", "Pacific (Vladivostok) capacity at full US output; 0 closes the route.", 0, 5);
        Add(r, Param.LendLeaseArcticStartMonth, "month index", Fix(5), "first Lend-Lease cargo at Arkhangelsk/Murmansk end of Nov 1941 (RESEARCH.md 8)", "First month of Arctic deliveries.", 0, 200);
        Add(r, Param.LendLeasePersianStartMonth, "month index", Fix(11), "Persian Corridor volume from May 1942 (RESEARCH.md 5c)", "First month of Persian deliveries.", 0, 200);
        Add(r, Param.LendLeasePacificStartMonth, "month index", Fix(5), "Soviet-flag Pacific shuttle from late 1941 (Drent 2017, RESEARCH.md 5c)", "First month of Pacific deliveries.", 0, 200);
        Add(r, Param.LendLeasePacificWarThrottle, "share", Tri(0, 0.1, 0.25), "judgement: the Pacific route ran only because Japan let Soviet-flag ships pass (RESEARCH.md 5c)", "Share of Pacific capacity left while Japan and the USSR are at war.", 0, 1);
        Add(r, Param.LendLeaseAfterGermanyMonths, "months", Fix(4), "deliveries ran to Sep 1945 (US series 1941-10-01 to 1945-05-31 plus the Pacific shuttle, RESEARCH.md 5c)", "Months Lend-Lease continues after Germany's surrender.", 0, 48);
    }

    private static void AddMunitions(List<ParameterDefinition> r, Param first, string who, double[] values, string source)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var year = 1941 + i;
            var note = i == 3 ? "; held at the 1944 level after 1944 (judgement: peak war output sustained)" : string.Empty;
            Add(r, first + i, "$bn/year", Fix(values[i]), source + note, $"{who} munitions output in {year}.", 0, 500);
        }
    }
}
