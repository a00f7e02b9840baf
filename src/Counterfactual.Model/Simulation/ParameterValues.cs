using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Model.Simulation;

/// <summary>
/// The sampled parameter values of one replication, indexed by <see cref="Param"/>. A view over a
/// buffer owned by the simulator: no allocation per run.
/// </summary>
internal readonly struct ParameterValues(double[] values)
{
    private readonly double[] _values = values;

    public double this[Param p]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), (int)p);
    }

    /// <summary>A month-valued parameter rounded to a whole month.</summary>
    public int Month(Param p) => (int)Math.Round(_values[(int)p]);

    /// <summary>
    /// A yearly munitions path (four knots 1941-1944 at mid-year, starting at <paramref name="first"/>),
    /// interpolated linearly to month <paramref name="t"/> and held flat outside.
    /// </summary>
    public double Path(Param first, int t)
    {
        var x = (t - 1) / 12.0;
        var i0 = (int)first;
        if (x <= 0)
        {
            return _values[i0];
        }

        if (x >= 3)
        {
            return _values[i0 + 3];
        }

        var i = (int)x;
        var f = x - i;
        return (_values[i0 + i] * (1 - f)) + (_values[i0 + i + 1] * f);
    }
}
