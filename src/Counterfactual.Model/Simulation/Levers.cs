namespace Counterfactual.Model.Simulation;

/// <summary>
/// The three owner-named levers of one scenario (MODEL.md, Levers).
/// </summary>
/// <param name="Pact">Whether the Soviet-Japanese Neutrality Pact exists from April 1941.</param>
/// <param name="SovietEastDivisions">Division-equivalents the USSR keeps east of Lake Baikal through
/// 1941-42 at the least; everything above it may go west. Must be &gt;= 0.</param>
/// <param name="JapanSouthDivisions">Division-equivalents Japan commits to the Southern Operation,
/// taken from the same army that garrisons China and Manchuria. Must be &gt;= 0.</param>
public readonly record struct Levers(bool Pact, double SovietEastDivisions, double JapanSouthDivisions)
{
    /// <summary>The historical levers (pact on, historical deployments); see MODEL.md for the sources.</summary>
    public static Levers Historical => new(true, HistoricalSovietEastDivisions, HistoricalJapanSouthDivisions);

    /// <summary>
    /// Historical floor of the Soviet Far East through 1941-42, in DE. About 32 divisions stood there in
    /// June 1941 and 18 left by December (rzd.ru, RESEARCH.md 1b), leaving roughly half, while local
    /// formations kept the headcount up. 16 DE is the rounded remaining half.
    /// </summary>
    public const double HistoricalSovietEastDivisions = 16;

    /// <summary>Southern Army divisions, December 1941: 10 by ORBAT count, 11 in other accounts (RESEARCH.md 3a).</summary>
    public const double HistoricalJapanSouthDivisions = 11;
}
