using System.Runtime.CompilerServices;
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

    public static void Step(WorldState s, ParameterValues p, int t, in MonthDraws d, double advanceNoise, PreparedWorld world, ITraceSink? trace)
    {
        s.EastAdvance = 0;
        s.EastLossShare = 0;
        if (!s.EastWar)
        {
            return;
        }

        var key = new EastKey(s.D, s.Rail, s.K, s.G, s.S, s.MoscowHeldByGermany);
        var memo = trace is null ? world.EastMemo : null;
        if (!memo.TryCopy(t, key, out var m))
        {
            m = Month(key, p, t, d, advanceNoise, world, ref s.Fatigue);
            memo?.Add(t, key, m);
        }

        s.EastRatio = m.Ratio;
        s.D = m.D;
        s.EastAdvance = m.Advance;
        s.Rail = m.Rail;
        s.S = m.S;
        s.G = m.G;
        s.SovietLossDe += m.LostSoviet;
        s.GermanEastLossDe += m.LostGerman;
        s.EastLossShare = m.ShareSoviet;
        if (s.D > s.MaxD)
        {
            s.MaxD = s.D;
            s.MaxDMonth = t;
        }

        if (trace is not null)
        {
            trace.Record(t, "east", "battle", FormattableString.Invariant($"Power ratio {m.Ratio:0.00}: the front moves {s.EastAdvance:+0;-0} km to a depth of {s.D:0} km."));
            trace.Record(t, "east", "loss", FormattableString.Invariant($"The Red Army loses {m.LostSoviet:0.0} DE ({m.ShareSoviet:P0}), the Germans {m.LostGerman:0.0} DE ({m.ShareGerman:P0})."));
            if (m.Encircled)
            {
                trace.Record(t, "east", "event", m.Ratio >= 1 ? "A great encirclement destroys Soviet armies." : "A German army group is encircled and destroyed.");
            }
        }
    }

    /// <summary>
    /// A month of the front at war from the state it reads (<paramref name="k"/>) and the world alone: the same key in
    /// the same month of a world gives the same month (<see cref="PreparedWorld.EastMemo"/>). <paramref name="fatigue"/>
    /// only caches an exponential of the law (it never changes a result).
    /// </summary>
    private static EastMonth Month(in EastKey k, ParameterValues p, int t, in MonthDraws d, double advanceNoise, PreparedWorld world, ref AttritionLaw.FatigueMemo fatigue)
    {
        var moy = TheatreCombat.MonthOfYear(t);
        var mud = moy is 3 or 4 or 10 or 11 ? p[Param.EastMudFactor] : 1;
        var winter = moy is 12 or 1 or 2 ? p[Param.EastWinterFactor] : 1;
        var edge = TheatreCombat.Learning(p[Param.EastEdge1941], p[Param.EastEdge1944], t, LearningStart, LearningEnd);
        var surprise = t == 0 ? p[Param.EastSurpriseFactor] : 1;
        var caseBlue = t is >= CaseBlueStart and <= CaseBlueEnd ? 1 - p[Param.EastCaseBlueShare] : 1;
        var supplyGerman = k.D > k.Rail ? FastMath.Exp((k.Rail - k.D) * world.InverseSupplyScale) : 1;
        var supplySoviet = k.D < k.Rail ? FastMath.Exp((k.D - k.Rail) * world.InverseSupplyScale) : 1;
        var effect = p[Param.CohesionEffect];
        var cohesion = 1 - effect + (effect * k.K);
        var moscowZone = !k.MoscowHeld && k.D > p[Param.MoscowDepthKm] - p[Param.MoscowZoneKm] ? p[Param.MoscowDefenceBonus] : 1;

        // exp(-max(0, D - Moscow)/scale): 1 (exactly, as exp(0)) until the front passes Moscow.
        var beyondMoscow = k.D - p[Param.MoscowDepthKm];
        var deep = beyondMoscow > 0 ? FastMath.Exp(-beyondMoscow * world.InverseDeepSupplyScale) : 1;
        var effectGerman = edge * supplyGerman * surprise * winter * deep;
        var effectSoviet = cohesion * supplySoviet * moscowZone;
        var powerGerman = Math.Max(1e-6, k.G) * effectGerman;
        var powerSoviet = Math.Max(1e-6, k.S) * effectSoviet;
        var ratio = powerGerman / powerSoviet;

        var advance = TheatreCombat.Advance(p[Param.EastMaxAdvanceKm] * mud * caseBlue, ratio >= 1 ? p[Param.EastAdvanceSteepness] : p[Param.EastCounterSteepness], ratio, advanceNoise);
        var depth = Math.Clamp(k.D + advance, MinDepth, MaxDepth);
        var repair = p[Param.EastRailRepairKmPerMonth];
        var rail = k.Rail + Math.Clamp(depth - k.Rail, -repair, repair);

        var germanAttacks = ratio >= 1;
        var intensity = p[Param.EastCombatIntensity];

        // One call site with the sides chosen first: two inlined copies of the law's set-up exhaust the JIT's
        // inlining budget for the rest of the month.
        var (shareAttacker, shareDefender) = TheatreCombat.GroundLosses(
            world,
            ref fatigue,
            p,
            intensity,
            germanAttacks ? k.G : k.S,
            germanAttacks ? k.S : k.G,
            germanAttacks ? effectGerman : effectSoviet,
            germanAttacks ? effectSoviet : effectGerman,
            d.EastLaw);
        var shareSoviet = germanAttacks ? shareDefender : shareAttacker;
        var shareGerman = germanAttacks ? shareAttacker : shareDefender;
        // Low defender quality raises the chance: Soviet defenders by edge / edge1941, German ones by 1 / edge.
        var quality = germanAttacks ? edge * world.InverseEdge1941 : 1 / edge;
        var encircled = d.EastEncircle < quality * TheatreCombat.EncirclementChance(p[Param.EastEncirclementRate], ratio);
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

        var lostSoviet = k.S * shareSoviet;
        var lostGerman = k.G * shareGerman;
        return new EastMonth
        {
            Ratio = ratio,
            D = depth,
            Advance = depth - k.D,
            Rail = rail,
            S = k.S - lostSoviet,
            G = k.G - lostGerman,
            LostSoviet = lostSoviet,
            LostGerman = lostGerman,
            ShareSoviet = shareSoviet,
            ShareGerman = shareGerman,
            Encircled = encircled,
        };
    }
}

/// <summary>What a month of the Eastern Front at war reads from the state.</summary>
internal readonly struct EastKey(double d, double rail, double k, double g, double s, bool moscowHeld) : IMonthKey<EastKey>
{
    public readonly double D = d;
    public readonly double Rail = rail;
    public readonly double K = k;
    public readonly double G = g;
    public readonly double S = s;
    public readonly bool MoscowHeld = moscowHeld;

    [MethodImpl(AheadOfTime.Inline)]
    public bool SameBits(in EastKey other) =>
        BitConverter.DoubleToInt64Bits(D) == BitConverter.DoubleToInt64Bits(other.D)
        && BitConverter.DoubleToInt64Bits(S) == BitConverter.DoubleToInt64Bits(other.S)
        && BitConverter.DoubleToInt64Bits(G) == BitConverter.DoubleToInt64Bits(other.G)
        && BitConverter.DoubleToInt64Bits(K) == BitConverter.DoubleToInt64Bits(other.K)
        && BitConverter.DoubleToInt64Bits(Rail) == BitConverter.DoubleToInt64Bits(other.Rail)
        && MoscowHeld == other.MoscowHeld;
}

/// <summary>A month of the Eastern Front at war: the new depth, railhead and forces, the losses and what the trace tells.</summary>
internal struct EastMonth
{
    public double Ratio;
    public double D;
    public double Advance;
    public double Rail;
    public double S;
    public double G;
    public double LostSoviet;
    public double LostGerman;
    public double ShareSoviet;
    public double ShareGerman;
    public bool Encircled;
}
