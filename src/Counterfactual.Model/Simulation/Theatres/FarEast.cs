using System.Runtime.CompilerServices;
using Counterfactual.Model.Combat;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Model.Simulation.Theatres;

/// <summary>
/// The Kwantung Army against the Soviet Far East and Transbaikal fronts. Penetration <c>Pen</c> is km
/// of Japanese advance into Soviet territory (negative: the Red Army in Manchuria). Reads the Far East
/// stream's four normals of every month (<see cref="MonthDraws"/>) (the advance, as its multiplier e^(σ z) from
/// <see cref="PreparedWorld"/>, then the combat law's three).
/// </summary>
internal static class FarEast
{
    /// <summary>Month index of 1942-01, when the Japanese quality edge starts to erode.</summary>
    private const int LearningStart = 7;

    /// <summary>Month index of 1945-08.</summary>
    private const int LearningEnd = 50;

    /// <summary>Kwantung DE from the shared pool, the Kantokuen boost, reinforcements, drain and losses.</summary>
    [MethodImpl(AheadOfTime.Inline)]
    public static void UpdateKwantung(WorldState s, ParameterValues p, int t)
    {
        var pool = Math.Max(p[Param.KwantungMinDe], p[Param.KwantungPoolDe] - s.SouthDe);
        var boost = t >= 2 ? p[Param.KantokuenBoostDe] : 0;
        var drained = (pool + boost) * (1 - (p[Param.KwantungDrainPerProgress] * s.Y));
        s.KW = Math.Max(0.1, drained + s.JapanNorthAdded - s.KwLost);
    }

    public static void Step(WorldState s, ParameterValues p, int t, in MonthDraws d, double advanceNoise, PreparedWorld world, ITraceSink? trace)
    {
        ref readonly var lawNoise = ref d.FarEastLaw;
        if (!s.FeWar)
        {
            return;
        }

        var quality = TheatreCombat.Learning(p[Param.JapanVsSovietQuality1941], p[Param.JapanVsSovietQuality1945], t, LearningStart, LearningEnd);
        var effectJapan = quality * (s.Pen > 0 ? FastMath.Exp(-s.Pen * world.InverseSupplyScale) : 1);
        var effectSoviet = 1.0;
        var japanAttacks = s.KW * effectJapan >= Math.Max(1e-6, s.SE);
        if (japanAttacks)
        {
            effectSoviet *= p[Param.FarEastDefenderBonus];
        }
        else
        {
            effectJapan *= p[Param.FarEastDefenderBonus];
        }

        var powerJapan = s.KW * effectJapan;
        var powerSoviet = Math.Max(1e-6, s.SE) * effectSoviet;
        var ratio = Math.Max(1e-6, powerJapan) / powerSoviet;
        s.FeRatio = ratio;
        var moy = TheatreCombat.MonthOfYear(t);
        var mud = moy is 3 or 4 or 10 or 11 ? p[Param.EastMudFactor] : 1;
        var advance = TheatreCombat.Advance(p[Param.FarEastMaxAdvanceKm] * mud, p[Param.FarEastAdvanceSteepness], ratio, advanceNoise);
        s.Pen = Math.Clamp(s.Pen + advance, -2 * p[Param.ManchuriaDepthKm], 2000);

        var intensity = p[Param.FarEastCombatIntensity];
        var (shareAttacker, shareDefender) = japanAttacks
            ? TheatreCombat.GroundLosses(world, ref s.Fatigue, p, intensity, s.KW, s.SE, effectJapan, effectSoviet, lawNoise)
            : TheatreCombat.GroundLosses(world, ref s.Fatigue, p, intensity, s.SE, s.KW, effectSoviet, effectJapan, lawNoise);
        var shareJapan = japanAttacks ? shareAttacker : shareDefender;
        var shareSoviet = japanAttacks ? shareDefender : shareAttacker;
        var lostJapan = s.KW * shareJapan;
        var lostSoviet = s.SE * shareSoviet;
        s.KwLost += lostJapan;
        s.KW -= lostJapan;
        s.SE -= lostSoviet;
        s.JapanLossDe += lostJapan;
        s.SovietLossDe += lostSoviet;

        var wasCut = s.RailCut;
        s.RailCut = s.Pen >= p[Param.FarEastRailCutKm] || (s.RailCut && s.Pen >= 0.5 * p[Param.FarEastRailCutKm]);
        if (s.Pen <= -p[Param.ManchuriaDepthKm])
        {
            s.ManchuriaOccupied = true;
        }

        if (trace is not null)
        {
            trace.Record(t, "far_east", "battle", FormattableString.Invariant($"Power ratio Japan/USSR {ratio:0.00}: the front moves {advance:+0;-0} km (Japanese penetration {s.Pen:0} km)."));
            trace.Record(t, "far_east", "loss", FormattableString.Invariant($"Japan loses {lostJapan:0.0} DE, the Soviet Far East {lostSoviet:0.0} DE."));
            if (s.RailCut && !wasCut)
            {
                trace.Record(t, "far_east", "event", "The Trans-Siberian railway is cut: Vladivostok and the Pacific route are isolated.");
            }
        }
    }
}
