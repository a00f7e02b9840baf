using Counterfactual.Model.Combat;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// Germany and its allies against the Red Army on the Brest-Smolensk-Moscow axis: depth D, forces,
/// losses (the combat law, AttritionLaw), encirclements and Moscow. Reads the Eastern Front stream's six
/// numbers of every month (<see cref="MonthDraws"/>): the advance normal, the law's three normals, one encirclement
/// uniform and one cohesion normal; the advance normal arrives as its multiplier e^(σ z) (<see cref="PreparedWorld"/>).
/// </summary>
internal static class EasternFront
{
    /// <summary>Month index of 1942-01, when Soviet learning starts.</summary>
    private const int LearningStart = 7;

    /// <summary>Month index of 1944-06, when learning reaches its late value.</summary>
    private const int LearningEnd = 36;

    /// <summary>Month index of 1942-05, first month of the southern summer offensive.</summary>
    private const int CaseBlueStart = 11;

    /// <summary>Month index of 1942-11 (Uranus).</summary>
    private const int CaseBlueEnd = 17;

    /// <summary>Deepest possible German advance (the Urals), km.</summary>
    public const double MaxDepth = 2500;

    /// <summary>Furthest possible Soviet advance west of the 1941 border, km.</summary>
    public const double MinDepth = -1000;

    public static void Step(WorldState s, in ParameterValues p, int t, in MonthDraws d, double advanceNoise, ITraceSink? trace)
    {
        ref readonly var lawNoise = ref d.EastLaw;
        var uEncircle = d.EastEncircle;
        s.EastAdvance = 0;
        s.EastLossShare = 0;
        if (!s.EastWar)
        {
            return;
        }

        var moy = TheatreCombat.MonthOfYear(t);
        var mud = moy is 3 or 4 or 10 or 11 ? p[Param.EastMudFactor] : 1;
        var winter = moy is 12 or 1 or 2 ? p[Param.EastWinterFactor] : 1;
        var edge = TheatreCombat.Learning(p[Param.EastEdge1941], p[Param.EastEdge1944], t, LearningStart, LearningEnd);
        var surprise = t == 0 ? p[Param.EastSurpriseFactor] : 1;
        var caseBlue = t is >= CaseBlueStart and <= CaseBlueEnd ? 1 - p[Param.EastCaseBlueShare] : 1;
        var supplyGerman = s.D > s.Rail ? FastMath.Exp((s.Rail - s.D) * s.InverseSupplyScale) : 1;
        var supplySoviet = s.D < s.Rail ? FastMath.Exp((s.D - s.Rail) * s.InverseSupplyScale) : 1;
        var effect = p[Param.CohesionEffect];
        var cohesion = 1 - effect + (effect * s.K);
        var moscowZone = !s.MoscowHeldByGermany && s.D > p[Param.MoscowDepthKm] - p[Param.MoscowZoneKm] ? p[Param.MoscowDefenceBonus] : 1;

        // exp(-max(0, D - Moscow)/scale): 1 (exactly, as exp(0)) until the front passes Moscow.
        var beyondMoscow = s.D - p[Param.MoscowDepthKm];
        var deep = beyondMoscow > 0 ? FastMath.Exp(-beyondMoscow * s.InverseDeepSupplyScale) : 1;
        var effectGerman = edge * supplyGerman * surprise * winter * deep;
        var effectSoviet = cohesion * supplySoviet * moscowZone;
        var powerGerman = Math.Max(1e-6, s.G) * effectGerman;
        var powerSoviet = Math.Max(1e-6, s.S) * effectSoviet;
        var ratio = powerGerman / powerSoviet;
        s.EastRatio = ratio;

        var advance = TheatreCombat.Advance(p[Param.EastMaxAdvanceKm] * mud * caseBlue, ratio >= 1 ? p[Param.EastAdvanceSteepness] : p[Param.EastCounterSteepness], ratio, advanceNoise);
        var before = s.D;
        s.D = Math.Clamp(s.D + advance, MinDepth, MaxDepth);
        s.EastAdvance = s.D - before;
        var repair = p[Param.EastRailRepairKmPerMonth];
        s.Rail += Math.Clamp(s.D - s.Rail, -repair, repair);

        var germanAttacks = ratio >= 1;
        var intensity = p[Param.EastCombatIntensity];

        // One call site with the sides chosen first: two inlined copies of the law's set-up exhaust the JIT's
        // inlining budget for the rest of the month.
        var (shareAttacker, shareDefender) = TheatreCombat.GroundLosses(
            s,
            p,
            intensity,
            germanAttacks ? s.G : s.S,
            germanAttacks ? s.S : s.G,
            germanAttacks ? effectGerman : effectSoviet,
            germanAttacks ? effectSoviet : effectGerman,
            lawNoise);
        var shareSoviet = germanAttacks ? shareDefender : shareAttacker;
        var shareGerman = germanAttacks ? shareAttacker : shareDefender;
        // Low defender quality raises the chance: Soviet defenders by edge / edge1941, German ones by 1 / edge.
        var quality = germanAttacks ? edge * s.InverseEdge1941 : 1 / edge;
        var encircled = uEncircle < quality * TheatreCombat.EncirclementChance(p[Param.EastEncirclementRate], ratio);
        if (encircled)
        {
            if (germanAttacks)
            {
                shareSoviet = Math.Min(0.6, shareSoviet + p[Param.EastEncirclementLoss]);
            }
            else
            {
                shareGerman = Math.Min(0.5, shareGerman + p[Param.EastEncirclementLoss]);
            }
        }

        var lostSoviet = s.S * shareSoviet;
        var lostGerman = s.G * shareGerman;
        s.S -= lostSoviet;
        s.G -= lostGerman;
        s.SovietLossDe += lostSoviet;
        s.GermanEastLossDe += lostGerman;
        s.EastLossShare = shareSoviet;

        if (s.D > s.MaxD)
        {
            s.MaxD = s.D;
            s.MaxDMonth = t;
        }

        if (trace is not null)
        {
            trace.Record(t, "east", "battle", FormattableString.Invariant($"Power ratio {ratio:0.00}: the front moves {s.EastAdvance:+0;-0} km to a depth of {s.D:0} km."));
            trace.Record(t, "east", "loss", FormattableString.Invariant($"The Red Army loses {lostSoviet:0.0} DE ({shareSoviet:P0}), the Germans {lostGerman:0.0} DE ({shareGerman:P0})."));
            if (encircled)
            {
                trace.Record(t, "east", "event", germanAttacks ? "A great encirclement destroys Soviet armies." : "A German army group is encircled and destroyed.");
            }
        }
    }
}
