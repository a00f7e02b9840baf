namespace Counterfactual.Model.Parameters;

public static partial class ParameterTable
{
    private static void AddFarEast(List<ParameterDefinition> r)
    {
        Add(r, Param.SovietEastDe0, "DE", Tri(30, 32, 36), "FE Front + Transbaikal MD about 32 divisions, range 30-40, 22 June 1941 (RESEARCH.md 1a [B])", "Soviet DE east of Lake Baikal in June 1941.", 0, 300);
        Add(r, Param.SovietEastLocalDePerMonth, "DE/month", Tri(0.7, 1.0, 1.3), "FE headcount rose from 0.70M (Jun 1941) to 1.1-1.34M (end 1941) while formed divisions left (RESEARCH.md 1a, 10)", "New Soviet DE formed locally in the Far East each month from July 1941.", 0, 20);
        Add(r, Param.TransferBaseDePerMonth, "DE/month", Tri(1, 1.5, 2), "first FE train west 1941-06-29; 18 divisions sent by 5 Dec 1941 (rzd.ru, RESEARCH.md 1b)", "Soviet transfer rate west while Moscow is not threatened.", 0, 50);
        Add(r, Param.TransferThreatDePerMonth, "DE/month", Tri(3, 4, 5), "10 FE divisions moved to Moscow after 12 Oct 1941 (rzd.ru, RESEARCH.md 1b)", "Extra transfer rate west at full threat to Moscow.", 0, 50);
        Add(r, Param.TransferThreatDepthKm, "km", Fix(600), "judgement: the threat to Moscow became acute once Smolensk (~650 km) fell", "German depth at which the transfer rate starts to rise; full threat 400 km further.", 0, 3000);
        Add(r, Param.TransferLastMonth, "month index", Fix(18), "FE divisions formed in 1942 went to Stalingrad; later transfers were minor (RESEARCH.md 1a, 1b): last month 1942-12", "Last month of Soviet transfers west.", 0, 200);
        Add(r, Param.KwantungPoolDe, "DE", Fix(24), "IJA 7 Dec 1941: Kwantung 13 + Southern Army 11 divisions (ORBAT count, RESEARCH.md 2, 3a); China's 22 are a fixed garrison", "Japanese mobile army shared by Manchuria and the South: Kwantung DE = pool - japanSouthDivisions.", 0, 200);
        Add(r, Param.KwantungMinDe, "DE", Fix(3), "judgement: a minimum garrison of Manchukuo", "Smallest Kwantung Army whatever the southern commitment.", 0, 100);
        Add(r, Param.KantokuenBoostDe, "DE", Tri(4, 6, 8), "Kantokuen: Kwantung Army 300-400k to 700-763k men, Jul-Sep 1941 (RESEARCH.md 2); army troops, not new divisions", "Kwantung DE added by the Kantokuen build-up from August 1941.", 0, 100);
        Add(r, Param.JapanNorthReinforcementDePerMonth, "DE/month", Fix(1.5), "judgement: drawn from China (22 divisions) and the home islands (RESEARCH.md 2)", "Japanese reinforcement of Manchuria per month while at war with the USSR.", 0, 20);
        Add(r, Param.JapanNorthReinforcementMaxDe, "DE", Fix(10), "AGS target of 22 divisions for a war with the USSR (RESEARCH.md 2) less the Kwantung Army's own", "Most DE Japan adds to Manchuria in a war with the USSR.", 0, 100);
        Add(r, Param.SovietEastWarShare, "share", Tri(0.1, 0.2, 0.3), "judgement: Stalin would likely trade Siberia for Moscow (Peck, RESEARCH.md 7b.5)", "Share of new Soviet DE sent east while Japan and the USSR are at war.", 0, 1);
        Add(r, Param.JapanVsSovietQuality1941, "quality ratio", Tri(0.9, 1.2, 1.5), "Khalkhin Gol: Soviet/Japanese casualty ratio 1.4 with a 2:1 Soviet materiel edge (RESEARCH.md 7a)", "Japanese over Soviet effectiveness per DE in 1941.", 0.1, 5);
        Add(r, Param.JapanVsSovietQuality1945, "quality ratio", Tri(0.3, 0.45, 0.6), "Manchuria 1945: Soviet/Japanese killed 0.13-0.5, an 'admittedly inferior' Kwantung Army (RESEARCH.md 6, 7a, 7b.6)", "Japanese over Soviet effectiveness in August 1945 (linear from 1942-01).", 0.1, 5);
        Add(r, Param.FarEastMaxAdvanceKm, "km/month", Tri(300, 400, 500), "August Storm advanced 400-800 km in about ten days (RESEARCH.md 6 [B]); a Japanese offensive would be slower (supply, judgement)", "Largest monthly advance in the Far East.", 10, 2000);
        Add(r, Param.FarEastAdvanceSteepness, "1/ratio", Fix(1.0), "judgement: same law as the Eastern Front", "Steepness k of the Far East advance law.", 0.01, 10);
        Add(r, Param.FarEastDefenderBonus, "factor", Tri(1.2, 1.5, 1.8), "judgement: fortified regions on both sides of the Amur-Ussuri border", "Power multiplier of the defending side in the Far East.", 1, 5);
        Add(r, Param.FarEastCombatIntensity, "share of the month", Fix(0.004), "judgement: like the Eastern Front's calibrated intensity, a little lower for a front fought over long distances with fewer men per km", "The Far East fights the combat law for this share of each 30-day month with the whole front's strengths.", 0, 1);
        Add(r, Param.FarEastRailCutKm, "km", Fix(100), "the Trans-Siberian runs within ~100 km of the Amur-Ussuri border near Khabarovsk (rzd.ru on its vulnerability, RESEARCH.md 7b.4)", "Japanese penetration that cuts the railway and the Pacific Lend-Lease route.", 0, 2000);
        Add(r, Param.ManchuriaDepthKm, "km", Fix(400), "August Storm's deep thrusts (RESEARCH.md 6)", "Soviet penetration into Manchuria that counts as occupying it.", 0, 3000);
        Add(r, Param.KwantungDrainPerProgress, "share per unit of US progress", Fix(0.5), "Kwantung's best divisions went to the Pacific 1943-44; 1945 force 'admittedly inferior' (RESEARCH.md 7b.6)", "Kwantung DE shrinks by this share times the US advance.", 0, 1);
        Add(r, Param.SovietEastBuildupDePerMonth, "DE/month", Fix(15), "1945 build-up: 39 divisions and brigades moved east in about three months (RESEARCH.md 1b)", "Soviet FE build-up rate after Germany's surrender.", 0, 100);
        Add(r, Param.SovietEastBuildupTargetDe, "DE", Fix(80), "1945: 1.58M men, combat strength nearly doubled (RESEARCH.md 1a, 1b)", "Soviet FE strength the 1945 build-up aims at.", 0, 300);
        Add(r, Param.FarEastWarCohesionShock, "K", Fix(0.05), "judgement: a second front in the east strains the regime", "One-off Soviet cohesion loss when Japan attacks.", 0, 1);
    }
}
