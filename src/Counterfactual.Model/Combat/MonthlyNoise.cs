using System.Runtime.CompilerServices;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Model.Combat;

/// <summary>
/// The three standard normals one monthly call of <see cref="AttritionLaw"/> uses: the intensity common
/// to both sides, then the attacker's and the defender's multipliers. Theatres draw them every month,
/// at war or not, so their streams keep a fixed number of draws per month.
/// </summary>
public readonly record struct MonthlyNoise(double Intensity, double Attacker, double Defender)
{
    /// <summary>Draws the three normals in order (intensity, attacker, defender).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MonthlyNoise Draw(ref Xoshiro256StarStar rng)
    {
        var intensity = rng.NextNormal();
        var attacker = rng.NextNormal();
        var defender = rng.NextNormal();
        return new MonthlyNoise(intensity, attacker, defender);
    }
}
