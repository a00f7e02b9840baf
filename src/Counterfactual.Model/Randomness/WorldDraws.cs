using System.Runtime.CompilerServices;

namespace Counterfactual.Model.Randomness;

/// <summary>
/// One world's random numbers, month by month, drawn from its <see cref="WorldStreams"/> once and read by every
/// scenario of the world. Months are drawn on demand, as far as the longest scenario so far has simulated, so a
/// world whose wars end early draws no more than one run would. Reading month t gives exactly the numbers a
/// run drawing straight from the streams would get in month t (the model's draws never depend on the state).
/// Reuse one instance per worker: <see cref="Reset"/> starts the next world without allocating.
/// </summary>
public sealed class WorldDraws
{
    private readonly MonthDraws[] _months;
    private WorldStreams _streams;
    private int _drawn;

    /// <summary>Room for months 0..<paramref name="horizon"/>.</summary>
    public WorldDraws(int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        _months = new MonthDraws[horizon + 1];
    }

    /// <summary>Last month this instance can hold (a <c>Calendar</c> index).</summary>
    public int Horizon => _months.Length - 1;

    /// <summary>Months drawn so far for the current world.</summary>
    public int MonthsDrawn => _drawn;

    /// <summary>Starts a world: its months will be drawn from <paramref name="streams"/> (copied; the caller's stays as it is).</summary>
    public void Reset(in WorldStreams streams)
    {
        _streams = streams;
        _drawn = 0;
    }

    /// <summary>The numbers of month <paramref name="t"/> (0..<see cref="Horizon"/>), drawing any month not yet drawn.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly MonthDraws Month(int t)
    {
        if (t >= _drawn)
        {
            DrawThrough(t);
        }

        return ref _months[t];
    }

    private void DrawThrough(int t)
    {
        if ((uint)t >= (uint)_months.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, $"Month {t} is beyond the horizon {Horizon}.");
        }

        while (_drawn <= t)
        {
            MonthDraws.Draw(ref _streams, out _months[_drawn]);
            _drawn++;
        }
    }
}
