using System.Runtime.CompilerServices;
using Counterfactual.Model.Combat;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation.Theatres;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Simulation;

/// <summary>
/// One world made ready for all its scenarios (<see cref="WorldSimulator.Prepare"/>): its sampled parameters in
/// the model's order and rounded to months, what the model derives from the parameters alone (the combat law and
/// its constants, the reciprocals the month divides by, the month the bomb is ready), its random numbers
/// (<see cref="WorldDraws"/>) and the advance-noise multipliers that depend only on those numbers and the
/// parameters. Scenarios of a world differ only in their levers, so none of this is worth computing once per
/// scenario: a runner prepares a world once and runs each scenario on it. The numbers are exactly those a run
/// computing them itself would get (the same operations on the same inputs). Reuse one instance per worker.
/// </summary>
public sealed class PreparedWorld
{
    private readonly AdvanceNoise[] _noise;
    private readonly MonthDraws.SouthValues[] _southNoise;
    private readonly bool[] _southNoiseKnown;
    private int _noiseMonths;

    /// <summary>An empty world for <paramref name="simulator"/>'s catalog and horizon; fill it with <see cref="WorldSimulator.Prepare"/>.</summary>
    public PreparedWorld(WorldSimulator simulator)
        : this(simulator, shareMonths: true)
    {
    }

    /// <summary>
    /// An empty world; <paramref name="shareMonths"/> false leaves out the theatres' remembered months (a world run
    /// for one scenario only, where nothing repeats).
    /// </summary>
    internal PreparedWorld(WorldSimulator simulator, bool shareMonths)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        if (shareMonths)
        {
            EastMemo = new MonthMemo<EastKey, EastMonth>(simulator.Horizon);
            PacificMemo = new MonthMemo<PacificKey, PacificMonth>(simulator.Horizon);
            WestMemo = new MonthMemo<WestKey, WestMonth>(simulator.Horizon);
            SouthMemo = new MonthMemo<SouthKey, SouthMonth>(simulator.Horizon);
        }

        Simulator = simulator;
        Values = new double[ParamNames.Count];
        MonthValues = new int[ParamNames.Count];
        Draws = new WorldDraws(simulator.Horizon);
        _noise = new AdvanceNoise[simulator.Horizon + 1];
        _southNoise = new MonthDraws.SouthValues[simulator.Horizon + 1];
        _southNoiseKnown = new bool[simulator.Horizon + 1];
    }

    /// <summary>The world's random numbers (drawn as far as its scenarios have simulated).</summary>
    public WorldDraws Draws { get; }

    /// <summary>True once <see cref="WorldSimulator.Prepare"/> has filled the world.</summary>
    public bool IsPrepared { get; private set; }

    /// <summary>The simulator whose catalog order <see cref="Values"/> follows.</summary>
    internal WorldSimulator Simulator { get; }

    /// <summary>The parameters in <see cref="Param"/> order.</summary>
    internal double[] Values { get; }

    /// <summary>The parameters rounded to whole months (<see cref="ParameterValues.RoundMonths"/>).</summary>
    internal int[] MonthValues { get; }

    internal ParameterValues P => new(Values, MonthValues);

    internal CombatLawParameters Law;

    internal AttritionLaw.MonthlyLawConstants LawConstants;

    /// <summary>ln(theatreEngagementMen / S): the log strength of a theatre's attacker per engagement (<see cref="AttritionLaw.LogStrengths.OfTheatre"/>).</summary>
    internal double LnEngagementOverReference;

    internal double InverseUsMunitions1944;
    internal double InverseSupplyScale;
    internal double InverseDeepSupplyScale;
    internal double InverseEdge1941;
    internal double InverseOilComfort;
    internal double InverseOilRepair;
    internal double InverseGermanWest;

    /// <summary>
    /// The Eastern Front's months already computed in this world by earlier scenarios (null: none kept). The front
    /// at war reads only its <see cref="EastKey"/> from the state, so a scenario that reaches a month in a state
    /// some scenario before it had copies that month instead of computing it.
    /// </summary>
    internal MonthMemo<EastKey, EastMonth>? EastMemo { get; }

    /// <summary>The war at sea's months already computed in this world (null: none kept), as <see cref="EastMemo"/>.</summary>
    internal MonthMemo<PacificKey, PacificMonth>? PacificMemo { get; }

    /// <summary>The campaign in France's months already computed in this world (null: none kept), as <see cref="EastMemo"/>.</summary>
    internal MonthMemo<WestKey, WestMonth>? WestMemo { get; }

    /// <summary>The Southern Operation's months already computed in this world (null: none kept), as <see cref="EastMemo"/>.</summary>
    internal MonthMemo<SouthKey, SouthMonth>? SouthMemo { get; }

    /// <summary>First month of atomic bomb production (a <see cref="Calendar"/> index, at least 0).</summary>
    internal int AtomicReady;

    /// <summary>Fills the world from parameters already in <see cref="Param"/> order (<see cref="Values"/>) and the combat law's values.</summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Fill(ReadOnlySpan<double> combatValues, in WorldStreams streams)
    {
        ParameterValues.RoundMonths(Values, MonthValues);
        var p = P;
        Law = CombatLawParameters.FromValues(combatValues);
        LawConstants = AttritionLaw.MonthlyLawConstants.From(Law);
        LnEngagementOverReference = FastMath.Log(p[Param.TheatreEngagementMen]) - LawConstants.LnReference;
        InverseUsMunitions1944 = 1 / p[Param.MunitionsUsa1944];
        InverseSupplyScale = 1 / p[Param.EastSupplyScaleKm];
        InverseDeepSupplyScale = 1 / p[Param.EastDeepSupplyScaleKm];
        InverseEdge1941 = 1 / p[Param.EastEdge1941];
        InverseOilComfort = 1 / p[Param.OilComfortMonths];
        InverseOilRepair = 1 / p[Param.OilRepairMonths];
        InverseGermanWest = 1 / p[Param.GermanWestDe];
        var ready = (int)Math.Round((p[Param.AtomicReadyYear] - Calendar.StartYear - ((Calendar.StartMonth - 1) / 12.0)) * 12);
        AtomicReady = Math.Max(0, ready);
        Draws.Reset(streams);
        _noiseMonths = 0;
        Array.Clear(_southNoiseKnown);
        EastMemo?.Clear();
        PacificMemo?.Clear();
        WestMemo?.Clear();
        SouthMemo?.Clear();
        _southPowerEntries = 0;
        IsPrepared = true;
    }

    /// <summary>The advance-noise multipliers of month <paramref name="t"/>, computed (with the month's draws) on first use.</summary>
    internal ref readonly AdvanceNoise Noise(int t)
    {
        if (t >= _noiseMonths)
        {
            ComputeNoiseThrough(t);
        }

        return ref _noise[t];
    }

    /// <summary>
    /// The southern sub-campaigns' progress-noise multipliers e^(σ z) of month <paramref name="t"/>, computed on
    /// first use: the Southern Operation lasts a few months, so they are not worked out for every month.
    /// </summary>
    internal ref readonly MonthDraws.SouthValues SouthNoise(int t)
    {
        if (!_southNoiseKnown[t])
        {
            ref readonly var d = ref Draws.Month(t).South;
            var sigma = P[Param.SouthNoise];
            ref var n = ref _southNoise[t];
            n.HongKong = FastMath.Exp(sigma * d.HongKong);
            n.Philippines = FastMath.Exp(sigma * d.Philippines);
            n.Malaya = FastMath.Exp(sigma * d.Malaya);
            n.Java = FastMath.Exp(sigma * d.Java);
            n.Burma = FastMath.Exp(sigma * d.Burma);
            _southNoiseKnown[t] = true;
        }

        return ref _southNoise[t];
    }

    /// <summary>
    /// R^elasticity of southern campaign <paramref name="i"/> for a commitment and a defender growth
    /// (<see cref="SouthernOperation.RatioPower"/>), computed once per world for each pair the scenarios bring (the
    /// default batch's four commitments, the growth set by the month the operation starts) and campaign.
    /// </summary>
    internal double SouthRatioPower(int i, double southDe, double defenderGrowth)
    {
        var e = 0;
        while (e < _southPowerEntries
            && (BitConverter.DoubleToInt64Bits(_southPowerKeys[2 * e]) != BitConverter.DoubleToInt64Bits(southDe)
                || BitConverter.DoubleToInt64Bits(_southPowerKeys[(2 * e) + 1]) != BitConverter.DoubleToInt64Bits(defenderGrowth)))
        {
            e++;
        }

        if (e == _southPowerEntries)
        {
            // A new pair: the next free entry, or (past the last) the entries are reused in turn.
            e = _southPowerEntries < SouthPowerPairs ? _southPowerEntries++ : _southPowerNext++ % SouthPowerPairs;
            _southPowerKeys[2 * e] = southDe;
            _southPowerKeys[(2 * e) + 1] = defenderGrowth;
            _southPowerKnown[e] = 0;
        }

        var slot = (e * WorldState.Campaigns) + i;
        if ((_southPowerKnown[e] & (1 << i)) == 0)
        {
            _southPowers[slot] = SouthernOperation.RatioPower(P, i, southDe, defenderGrowth);
            _southPowerKnown[e] |= (byte)(1 << i);
        }

        return _southPowers[slot];
    }

    /// <summary>(commitment, defender growth) pairs whose ratio powers a world keeps.</summary>
    private const int SouthPowerPairs = 8;

    private readonly double[] _southPowerKeys = new double[2 * SouthPowerPairs];
    private readonly double[] _southPowers = new double[SouthPowerPairs * WorldState.Campaigns];
    private readonly byte[] _southPowerKnown = new byte[SouthPowerPairs];
    private int _southPowerEntries;
    private int _southPowerNext;

    private void ComputeNoiseThrough(int t)
    {
        var p = P;
        while (_noiseMonths <= t)
        {
            ref readonly var d = ref Draws.Month(_noiseMonths);
            ref var n = ref _noise[_noiseMonths];
            n.East = FastMath.Exp(p[Param.EastAdvanceNoise] * d.EastAdvance);
            n.FarEast = FastMath.Exp(p[Param.EastAdvanceNoise] * d.FarEastAdvance);
            n.Pacific = FastMath.Exp(p[Param.PacificNoise] * d.PacificAdvance);
            n.West = FastMath.Exp(p[Param.WestNoise] * d.WestAdvance);
            _noiseMonths++;
        }
    }
}

/// <summary>
/// A month's log-normal advance-noise multipliers e^(σ z), one per advance law: functions of the world's
/// parameters and draws only, so shared by its scenarios. (The southern sub-campaigns' are apart,
/// <see cref="PreparedWorld.SouthNoise"/>: needed only in the few months of the Southern Operation.)
/// </summary>
internal struct AdvanceNoise
{
    public double East;
    public double FarEast;
    public double Pacific;
    public double West;
}
