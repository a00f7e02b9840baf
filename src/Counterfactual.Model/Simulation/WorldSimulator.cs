using System.Runtime.CompilerServices;
using Counterfactual.Model.Combat;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Numerics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation.Theatres;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Simulation;

/// <summary>
/// Runs one replication of one scenario: a deterministic function of (levers, sampled parameters,
/// random streams). One instance per worker thread; it reuses its buffers and allocates nothing per run.
/// The rules are those of MODEL.md (this project), one theatre per class in <c>Simulation/Theatres</c>.
/// </summary>
public sealed partial class WorldSimulator
{
    private readonly int[] _index;
    private readonly int[] _combatIndex;
    private readonly double[] _combatValues;
    private readonly WorldState _state = new();
    private readonly PreparedWorld _ownWorld;

    /// <summary>Creates a simulator for <paramref name="catalog"/>, which must define every <see cref="Param"/>.</summary>
    /// <exception cref="ArgumentException">The catalog lacks a parameter the model reads.</exception>
    public WorldSimulator(ParameterCatalog catalog, int horizon)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (horizon < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be 1941-06 or later.");
        }

        Catalog = catalog;
        Horizon = horizon;
        _index = new int[ParamNames.Count];
        for (var i = 0; i < _index.Length; i++)
        {
            var name = ParamNames.Of((Param)i);
            _index[i] = catalog.IndexOf(name);
            if (_index[i] < 0)
            {
                throw new ArgumentException($"The parameter catalog lacks '{name}', which the model reads.", nameof(catalog));
            }
        }

        var combatNames = CombatLawParameters.Names;
        _combatIndex = new int[combatNames.Count];
        _combatValues = new double[combatNames.Count];
        for (var i = 0; i < _combatIndex.Length; i++)
        {
            _combatIndex[i] = catalog.IndexOf(combatNames[i]);
            if (_combatIndex[i] < 0)
            {
                throw new ArgumentException($"The parameter catalog lacks '{combatNames[i]}', which the combat law reads.", nameof(catalog));
            }
        }

        _ownWorld = new PreparedWorld(this, shareMonths: false);
    }

    /// <summary>The parameter table the sampled values follow.</summary>
    public ParameterCatalog Catalog { get; }

    /// <summary>Last month simulated (a <see cref="Calendar"/> index).</summary>
    public int Horizon { get; }

    /// <summary>
    /// Simulates one world under one scenario and writes every metric into <paramref name="outcome"/>.
    /// <paramref name="streams"/> is taken by value: the caller's copy is untouched, so every scenario
    /// of a world can start from the same state. A <paramref name="trace"/> only listens: it never
    /// changes a draw or an outcome.
    /// </summary>
    public void Run(in Levers levers, ReadOnlySpan<double> parameters, WorldStreams streams, ReplicationOutcome outcome, ITraceSink? trace = null)
    {
        Prepare(parameters, streams, _ownWorld);
        Run(levers, _ownWorld, outcome, trace);
    }

    /// <summary>
    /// Makes <paramref name="world"/> ready for its scenarios: copies the sampled <paramref name="parameters"/>
    /// (in <see cref="Catalog"/> order) into the model's order and derives what depends on them alone; the
    /// world's random numbers will come from <paramref name="streams"/> (copied). Then
    /// <see cref="Run(in Levers, PreparedWorld, ReplicationOutcome, ITraceSink?)"/> each scenario on it.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong parameter count, or a world made for another simulator.</exception>
    // Called once per world (10,000 times in the default batch), too few for tiered compilation to pay: it would
    // compile it twice more (instrumented, then final) halfway through the run on the cores the workers use. It is
    // compiled once, optimised, on its first call instead; so are the other once-per-world methods that say so.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Prepare(ReadOnlySpan<double> parameters, in WorldStreams streams, PreparedWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (!ReferenceEquals(world.Simulator, this))
        {
            throw new ArgumentException("The world was made for another simulator.", nameof(world));
        }

        if (parameters.Length != Catalog.Count)
        {
            throw new ArgumentException($"Expected {Catalog.Count} parameter values, got {parameters.Length}.", nameof(parameters));
        }

        var values = world.Values;
        for (var i = 0; i < _index.Length; i++)
        {
            values[i] = parameters[_index[i]];
        }

        for (var i = 0; i < _combatIndex.Length; i++)
        {
            _combatValues[i] = parameters[_combatIndex[i]];
        }

        world.Fill(_combatValues, streams);
    }

    /// <summary>
    /// Simulates a prepared world under one scenario (<paramref name="levers"/>): the same outcome as
    /// <see cref="Run(in Levers, ReadOnlySpan{double}, WorldStreams, ReplicationOutcome, ITraceSink?)"/> with the
    /// world's parameters and streams. Runs of a world share its draws, so each scenario costs only its own
    /// simulation.
    /// </summary>
    public void Run(in Levers levers, PreparedWorld world, ReplicationOutcome outcome, ITraceSink? trace = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!ReferenceEquals(world.Simulator, this) || !world.IsPrepared)
        {
            throw new ArgumentException("The world was not prepared by this simulator.", nameof(world));
        }

        if (outcome.Horizon != Horizon)
        {
            throw new ArgumentException("The outcome buffer's horizon differs from the simulator's.", nameof(outcome));
        }

        var p = world.P;
        var s = _state;
        Initialise(s, p, world, levers);
        outcome.ClearExceptTrajectory();
        var draws = world.Draws;
        var last = Horizon;
        for (var t = 0; t <= Horizon; t++)
        {
            ref readonly var d = ref draws.Month(t);
            ref readonly var noise = ref world.Noise(t);
            Decisions.Start(s, p, t, d, trace);
            Economy.Step(s, p, t, trace);
            EasternFront.Step(s, p, t, d, noise.East, world, trace);
            FarEast.Step(s, p, t, d, noise.FarEast, world, trace);
            SouthernOperation.Step(s, p, t, world, trace);
            PacificWar.Step(s, p, t, d, noise.Pacific, world, trace);
            WesternFront.Step(s, p, t, d, noise.West, world, trace);
            Politics.End(s, p, t, d, trace);
            RecordMonth(s, outcome, t);
            if (s.GermanyOut && s.JapanOut)
            {
                last = t;
                break;
            }
        }

        HoldFinalState(outcome, last);
        Finish(s, p, outcome, last);
    }

    private static void Initialise(WorldState s, ParameterValues p, PreparedWorld world, in Levers levers)
    {
        s.Reset();
        s.Fatigue = AttritionLaw.FatigueMemo.Empty;
        s.InverseUsMunitions1944 = world.InverseUsMunitions1944;
        s.InverseOilRepair = world.InverseOilRepair;
        s.InverseGermanWest = world.InverseGermanWest;
        s.AtomicReady = world.AtomicReady;
        s.Pact = levers.Pact;
        s.EastFloor = Math.Max(0, levers.SovietEastDivisions);
        s.SouthDe = Math.Max(0, levers.JapanSouthDivisions);
        s.G = p[Param.GermanEastDe0];
        s.S = p[Param.SovietWestDe0];
        s.K = p[Param.SovietCohesion0];
        s.SE = s.SE0 = Math.Max(0.1, p[Param.SovietEastDe0]);
        s.Oil = p[Param.OilStockMonths0];
        s.NJ = p[Param.JapanNaval0];
        s.KwRef = Math.Max(p[Param.KwantungMinDe], p[Param.KwantungPoolDe] - Levers.HistoricalJapanSouthDivisions) + p[Param.KantokuenBoostDe];
        FarEast.UpdateKwantung(s, p, 0);
    }

    private static void RecordMonth(WorldState s, ReplicationOutcome o, int t)
    {
        var row = o.Trajectory.AsSpan(t * TrajectoryWidth, TrajectoryWidth);
        row[(int)TrajectoryVariable.GermanDepthKm] = s.D;
        row[(int)TrajectoryVariable.SovietCohesion] = s.K;
        row[(int)TrajectoryVariable.GermanEastDe] = s.G;
        row[(int)TrajectoryVariable.SovietWestDe] = s.S;
        row[(int)TrajectoryVariable.SovietEastDe] = s.SE;
        row[(int)TrajectoryVariable.KwantungDe] = s.KW;
        row[(int)TrajectoryVariable.JapanOilMonths] = Math.Clamp(s.Oil, 0, 60);
        row[(int)TrajectoryVariable.SouthernExtent] = s.Extent;
        row[(int)TrajectoryVariable.PacificProgress] = s.Y;
        row[(int)TrajectoryVariable.WesternFrontProgress] = s.W;
    }

    /// <summary>Trajectory variables per month.</summary>
    private const int TrajectoryWidth = ReplicationOutcome.VariableCount;

    private static void HoldFinalState(ReplicationOutcome o, int last)
    {
        // Months last..horizon all become the row of month last: the rows already held are copied on in one go,
        // doubling each time (a handful of copies instead of one small copy per remaining month).
        var width = ReplicationOutcome.VariableCount;
        var held = o.Trajectory.AsSpan(last * width, (o.Horizon - last + 1) * width);
        for (var filled = width; filled < held.Length; filled *= 2)
        {
            held[..Math.Min(filled, held.Length - filled)].CopyTo(held[filled..]);
        }

        o.ConstantFrom = last;
    }
}
