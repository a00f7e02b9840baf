namespace Counterfactual.Model.Numerics;

/// <summary>
/// The tables and split constants of <see cref="FastMath"/>, computed once at start-up in
/// <see cref="DoubleDouble"/> arithmetic from IEEE operations alone (no libm, no literals to trust), so
/// they are the same bits on every machine.
/// </summary>
internal static partial class FastMath
{
    /// <summary>Table intervals per octave (exp) and per unit mantissa (log).</summary>
    private const int Intervals = 128;

    /// <summary>
    /// Grid of the high parts of ln 2 (and ln 2/128) and of the log table: multiples of 2^-42, so that
    /// n·hi (|n| &lt; 2^11 for log, 2^18 for exp) and the sum of two high parts are exact.
    /// </summary>
    private const double HighPartGrid = 1L << 42;

    /// <summary>Adding then subtracting 1.5·2^52 rounds a double below 2^51 to an integer (round-to-nearest-even).</summary>
    private const double Shifter = 3L << 51;

    private static readonly DoubleDouble ExpStep = DoubleDouble.Ln2 / Intervals;

    /// <summary>128 / ln 2: x times this, rounded, is n = 128 k + j.</summary>
    private static readonly double ExpInverseStep = (Intervals / DoubleDouble.Ln2).Hi;

    /// <summary>ln 2/128 = <see cref="ExpStepHi"/> + <see cref="ExpStepLo"/> (Cody and Waite's split).</summary>
    private static readonly double ExpStepHi = HighPart(ExpStep);

    private static readonly double ExpStepLo = (ExpStep - ExpStepHi).Hi;

    /// <summary>ln 2 = <see cref="Ln2Hi"/> + <see cref="Ln2Lo"/>, the high part on the 2^-42 grid.</summary>
    private static readonly double Ln2Hi = HighPart(DoubleDouble.Ln2);

    private static readonly double Ln2Lo = (DoubleDouble.Ln2 - Ln2Hi).Hi;

    /// <summary>2^(j/128) for j = 0..127, as (hi, lo) pairs: hi is the value rounded to a double, lo the rest.</summary>
    private static readonly double[] ExpTable = BuildExpTable();

    /// <summary>
    /// For F = 1 + j/128, j = 0..128, three doubles each: fl(1/F), and ln c (c = 1/fl(1/F), within 2^-53 of F)
    /// as a high part on the 2^-42 grid plus the rest. Entry 128 (c = 2) holds ln 2 split exactly as
    /// <see cref="Ln2Hi"/> and <see cref="Ln2Lo"/>, so logarithms just below 1 cancel exactly.
    /// </summary>
    private static readonly double[] LogTable = BuildLogTable();

    private static double HighPart(DoubleDouble x) => Math.Round(x.Hi * HighPartGrid) / HighPartGrid;

    private static double[] BuildExpTable()
    {
        var table = new double[2 * Intervals];
        for (var j = 0; j < Intervals; j++)
        {
            var value = DoubleDouble.Exp(ExpStep * j);
            table[2 * j] = value.Hi;
            table[(2 * j) + 1] = value.Lo;
        }

        return table;
    }

    private static double[] BuildLogTable()
    {
        var table = new double[3 * (Intervals + 1)];
        for (var j = 0; j <= Intervals; j++)
        {
            var inverse = 1 / (1 + ((double)j / Intervals));
            var log = DoubleDouble.Log(1 / (DoubleDouble)inverse);
            var hi = HighPart(log);
            table[3 * j] = inverse;
            table[(3 * j) + 1] = hi;
            table[(3 * j) + 2] = (log - hi).Hi;
        }

        return table;
    }
}
