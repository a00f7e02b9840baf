using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Aggregation;

/// <summary>
/// Adds a run of trajectory values to their cells: each finite value's fixed-point units
/// (<see cref="FixedPoint.From"/>, clamped to its variable's range) into the cell's 64-bit partial sum, and one
/// count into the cell's histogram bin (<see cref="AggregateState.Bin"/>). Non-finite values are skipped. The
/// vector path gives exactly the scalar path's integers, so the results do not depend on the hardware.
/// </summary>
internal static class TrajectoryCells
{
    private const int Bins = AggregateLayout.TrajectoryBins;

    /// <summary>
    /// 1.5 x 2^52: adding it to a double v with |v| &lt;= 2^51 lands in [2^52, 2^53), where doubles are spaced
    /// exactly 1, so the hardware's round-to-nearest-even rounds v to an integer (the parity of the sum is the
    /// parity of the rounded v, as the constant is even) and the sum's low mantissa bits hold it: the sum's
    /// bits minus the constant's bits is Math.Round(v, MidpointRounding.ToEven) as a long, in two vector
    /// instructions on any vector width (no 64-bit conversion needed, which AVX2 lacks).
    /// </summary>
    private const double RoundingConstant = 6_755_399_441_055_744.0;

    /// <summary>The largest |v| the rounding constant rounds exactly.</summary>
    internal const double LargestRoundedExactly = 2_251_799_813_685_248.0; // 2^51

    /// <summary>The bits of <see cref="RoundingConstant"/> (exponent 52 + 1023, mantissa 0.5).</summary>
    private const long RoundingConstantBits = 0x4338_0000_0000_0000;

    // Per-variable bounds laid out so a vector of cells starting at any variable reads its lanes contiguously:
    // the variables, then the first ones again (as many as a vector's lanes minus one).
    private static readonly double[] Min = Repeated(d => d.Min);

    private static readonly double[] Max = Repeated(d => d.Max);

    private static readonly double[] Width = Repeated(d => d.Max - d.Min);

    private const int Variables = AggregateLayout.VariableCount;

    /// <summary>Adds values to their cells.</summary>
    /// <param name="values">Trajectory values, cell after cell.</param>
    /// <param name="firstVariable">The variable of the first value.</param>
    /// <param name="sums">The values' cells' partial sums, one per value.</param>
    /// <param name="histogram">The values' cells' histograms, <see cref="AggregateLayout.TrajectoryBins"/> per value: the
    /// count of value i's bin b is at ((i x bins) + b) x <paramref name="stride"/> (other histograms may sit in between).</param>
    /// <param name="stride">Distance between consecutive counts of the histograms (1: each histogram's bins side by side).</param>
    public static void Add<TCount>(ReadOnlySpan<double> values, int firstVariable, Span<long> sums, Span<TCount> histogram, int stride = 1)
        where TCount : struct, IIncrementOperators<TCount>
    {
        var vectorised = Vector256.IsHardwareAccelerated ? AddVector256(values, firstVariable, sums, histogram, stride) : 0;
        var rest = vectorised * Bins * stride;
        AddScalar(values[vectorised..], (firstVariable + vectorised) % Variables, sums[vectorised..], histogram[Math.Min(rest, histogram.Length)..], stride);
    }

    /// <summary>The reference arithmetic, one value at a time.</summary>
    internal static void AddScalar<TCount>(ReadOnlySpan<double> values, int firstVariable, Span<long> sums, Span<TCount> histogram, int stride = 1)
        where TCount : struct, IIncrementOperators<TCount>
    {
        var v = firstVariable;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            var min = Min[v];
            var max = Max[v];
            v = v + 1 == Variables ? 0 : v + 1;
            if (!double.IsFinite(x))
            {
                continue;
            }

            sums[i] += FixedPoint.From(x, min, max);
            histogram[((i * Bins) + AggregateState.Bin(x, min, max, Bins)) * stride]++;
        }
    }

    /// <summary>
    /// Adds the values four at a time while four remain; returns how many it added. Same integers as
    /// <see cref="AddScalar"/>: the clamp, the exact scaling by 2^24 and the division are the same IEEE
    /// operations; the rounding constant rounds half to even as Math.Round does; the bin is clamped as a double
    /// before it becomes an integer, which is where the scalar path's saturating conversion and clamp put it.
    /// </summary>
    internal static int AddVector256<TCount>(ReadOnlySpan<double> values, int firstVariable, Span<long> sums, Span<TCount> histogram, int stride = 1)
        where TCount : struct, IIncrementOperators<TCount>
    {
        var count = values.Length & ~(Vector256<double>.Count - 1);
        if (count == 0)
        {
            return 0;
        }

        // The unchecked accesses below stay inside the spans: checked once here, not per element.
        _ = sums[count - 1];
        _ = histogram[((count * Bins) - 1) * stride];
        ref var x0 = ref MemoryMarshal.GetReference(values);
        ref var sum0 = ref MemoryMarshal.GetReference(sums);
        ref var histogram0 = ref MemoryMarshal.GetReference(histogram);
        ref var min0 = ref MemoryMarshal.GetArrayDataReference(Min);
        ref var max0 = ref MemoryMarshal.GetArrayDataReference(Max);
        ref var width0 = ref MemoryMarshal.GetArrayDataReference(Width);
        var rounding = Vector256.Create(RoundingConstant);
        var roundingBits = Vector256.Create(RoundingConstantBits);
        var lastBin = Vector256.Create((double)(Bins - 1));
        // Lane k's counts start k cells (k x Bins x stride counts) after the lane 0's; a bin is stride counts on.
        var strides = Vector256.Create((long)stride);
        var laneStarts = Vector256.Create(0L, Bins, 2 * Bins, 3 * Bins) * strides;
        var cellsPerStep = (nint)Vector256<double>.Count * Bins * stride;
        ref var cells = ref histogram0;
        var variables = (nuint)Variables;
        var v = (nuint)firstVariable;
        for (var i = 0; i < count; i += Vector256<double>.Count)
        {
            var x = Vector256.LoadUnsafe(ref x0, (nuint)i);
            var min = Vector256.LoadUnsafe(ref min0, v);
            var max = Vector256.LoadUnsafe(ref max0, v);
            var width = Vector256.LoadUnsafe(ref width0, v);
            v += (nuint)Vector256<double>.Count;
            v = v >= variables ? v - variables : v;

            var finite = Vector256.Equals(x - x, Vector256<double>.Zero).AsInt64(); // inf - inf and NaN - NaN are NaN
            var clamped = Vector256.MinNative(Vector256.MaxNative(x, min), max);
            var units = ((clamped * FixedPoint.Scale) + rounding).AsInt64() - roundingBits;
            ref var sum = ref Unsafe.Add(ref sum0, i);
            (Vector256.LoadUnsafe(ref sum) + (units & finite)).StoreUnsafe(ref sum);

            var bin = Vector256.Floor((x - min) / width * Bins);
            bin = Vector256.MinNative(Vector256.MaxNative(bin, Vector256<double>.Zero), lastBin);
            var binIndex = (bin + rounding).AsInt64() - roundingBits;
            var countIndex = (binIndex * strides) + laneStarts;
            if (finite == Vector256<long>.AllBitsSet)
            {
                Unsafe.Add(ref cells, (nint)countIndex.GetElement(0))++;
                Unsafe.Add(ref cells, (nint)countIndex.GetElement(1))++;
                Unsafe.Add(ref cells, (nint)countIndex.GetElement(2))++;
                Unsafe.Add(ref cells, (nint)countIndex.GetElement(3))++;
            }
            else
            {
                for (var lane = 0; lane < Vector256<double>.Count; lane++)
                {
                    if (finite.GetElement(lane) != 0)
                    {
                        Unsafe.Add(ref cells, (nint)countIndex.GetElement(lane))++;
                    }
                }
            }

            cells = ref Unsafe.Add(ref cells, cellsPerStep);
        }

        return count;
    }

    private static double[] Repeated(Func<MetricDescriptor, double> bound)
    {
        var variables = MetricCatalog.Trajectories;
        var repeated = new double[variables.Count + Vector512<double>.Count - 1];
        for (var i = 0; i < repeated.Length; i++)
        {
            repeated[i] = bound(variables[i % variables.Count]);
        }

        return repeated;
    }
}
