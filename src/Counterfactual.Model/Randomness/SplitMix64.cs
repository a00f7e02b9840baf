namespace Counterfactual.Model.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a counter-based mixer used to derive independent,
/// reproducible seeds from (batch seed, replication, purpose). Never used as a stream itself.
/// </summary>
public static class SplitMix64
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The SplitMix64 finaliser of <paramref name="z"/>.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The <paramref name="n"/>-th output of a SplitMix64 sequence started at <paramref name="seed"/>.</summary>
    public static ulong At(ulong seed, ulong n) => Mix(seed + ((n + 1) * Golden));

    /// <summary>A seed for one purpose of one replication: mixes all three inputs so nearby values diverge.</summary>
    public static ulong Derive(ulong batchSeed, ulong replication, ulong purpose) =>
        Mix(At(At(batchSeed, replication), purpose));
}
