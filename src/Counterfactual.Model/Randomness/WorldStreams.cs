using System.Runtime.CompilerServices;

namespace Counterfactual.Model.Randomness;

/// <summary>
/// The random streams of one world (replication r of a batch). Seeded only from (batch seed, r): every
/// scenario of the batch sees the same world (common random numbers). A value type: copy it to give
/// each scenario the same starting state.
/// </summary>
public struct WorldStreams
{
    public Xoshiro256StarStar Decisions;
    public Xoshiro256StarStar EasternFront;
    public Xoshiro256StarStar FarEast;
    public Xoshiro256StarStar South;
    public Xoshiro256StarStar Pacific;
    public Xoshiro256StarStar West;
    public Xoshiro256StarStar Economy;

    /// <summary>The streams of replication <paramref name="replication"/> under <paramref name="batchSeed"/>.</summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WorldStreams ForReplication(ulong batchSeed, long replication)
    {
        var r = (ulong)replication;
        return new WorldStreams
        {
            Decisions = new Xoshiro256StarStar(SplitMix64.Derive(batchSeed, r, (ulong)StreamPurpose.Decisions)),
            EasternFront = new Xoshiro256StarStar(SplitMix64.Derive(batchSeed, r, (ulong)StreamPurpose.EasternFront)),
            FarEast = new Xoshiro256StarStar(SplitMix64.Derive(batchSeed, r, (ulong)StreamPurpose.FarEast)),
            South = new Xoshiro256StarStar(SplitMix64.Derive(batchSeed, r, (ulong)StreamPurpose.South)),
            Pacific = new Xoshiro256StarStar(SplitMix64.Derive(batchSeed, r, (ulong)StreamPurpose.Pacific)),
            West = new Xoshiro256StarStar(SplitMix64.Derive(batchSeed, r, (ulong)StreamPurpose.West)),
            Economy = new Xoshiro256StarStar(SplitMix64.Derive(batchSeed, r, (ulong)StreamPurpose.Economy)),
        };
    }

    /// <summary>
    /// The parameter stream of a replication: parameter i of the table always uses draw i, so
    /// overriding one parameter never shifts another's value.
    /// </summary>
    public static Xoshiro256StarStar ParameterStream(ulong batchSeed, long replication) =>
        new(SplitMix64.Derive(batchSeed, (ulong)replication, (ulong)StreamPurpose.Parameters));
}
