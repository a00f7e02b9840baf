using Counterfactual.Model.Combat;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Battles;

/// <summary>
/// Fights every battle of a list many times with the attrition law. Battle i's stream is seeded from
/// (seed, isqno) by <see cref="SplitMix64.Derive"/>, so results depend neither on order nor threads.
/// </summary>
public static class BattleSimulator
{
    /// <summary>Purpose tag of the battle streams (distinct from the world's stream purposes).</summary>
    public const ulong StreamPurpose = 0xBA771E;

    /// <summary>Simulates each battle <paramref name="replications"/> times and summarises it.</summary>
    public static IReadOnlyList<BattleResult> Run(IReadOnlyList<BattleRecord> battles, CombatLawParameters law, int replications, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(battles);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var results = new BattleResult[battles.Count];
        Parallel.For(0, battles.Count, i => results[i] = RunOne(battles[i], law, replications, seed));
        return results;
    }

    /// <summary>The exchange scores of <paramref name="replications"/> fights of one battle (for calibration with common random numbers).</summary>
    public static double[] ExchangeScores(BattleRecord battle, in CombatLawParameters law, int replications, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(battle);
        var rng = StreamFor(battle, seed);
        var setup = battle.ToSetup();
        var scores = new double[replications];
        for (var r = 0; r < replications; r++)
        {
            scores[r] = AttritionLaw.Attrit(setup, law, ref rng).ExchangeScore;
        }

        return scores;
    }

    private static Xoshiro256StarStar StreamFor(BattleRecord battle, ulong seed) =>
        new(SplitMix64.Derive(seed, (ulong)battle.Isqno, StreamPurpose));

    private static BattleResult RunOne(BattleRecord battle, CombatLawParameters law, int replications, ulong seed)
    {
        var rng = StreamFor(battle, seed);
        var setup = battle.ToSetup();
        double win = 0, draw = 0, ca = 0, cd = 0;
        for (var r = 0; r < replications; r++)
        {
            var attrition = AttritionLaw.Attrit(setup, law, ref rng);
            var p = AttritionLaw.Decide(attrition.ExchangeScore, setup.Era, law);
            win += p.AttackerWin;
            draw += p.Draw;
            ca += attrition.AttackerCasualties;
            cd += attrition.DefenderCasualties;
        }

        var n = (double)replications;
        return new BattleResult(
            battle.Isqno,
            battle.War,
            battle.AttackerStrength,
            battle.DefenderStrength,
            battle.DurationDays,
            win / n,
            draw / n,
            ca / n,
            cd / n,
            ca / n / battle.AttackerStrength / battle.DurationDays,
            cd / n / battle.DefenderStrength / battle.DurationDays);
    }
}
