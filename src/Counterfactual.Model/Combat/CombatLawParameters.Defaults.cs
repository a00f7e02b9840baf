using System.Runtime.CompilerServices;
using Counterfactual.Model.Parameters;

namespace Counterfactual.Model.Combat;

/// <summary>The fitted defaults of the law and their rows for the model's parameter table.</summary>
public readonly partial record struct CombatLawParameters
{
    private const string Cdb90 = "CDB90 (HERO/CAA 1990; original public domain; revised data ODC-BY, attribution \"Jeffrey B. Arnold, CDB90 data package\")";
    private const string Ardennes = "Ardennes daily manpower series, days 2-17 (US Army CAA ACSDB as tabulated by Bracken 1995, NRL 42:559; US Government compilation)";
    private const string AttritionFit = "fit by CombatCalibration.FitAttrition (n = 477 battles, residual log-sd 1.43): OLS of log daily fractional casualty rates on log strengths and posture over " + Cdb90 + ", " + Cdb90Sample;
    private const string DecisionFit = "fit by CombatCalibration.FitDecision: maximum likelihood of observed win/draw/loss (WINA) over simulated outcome probabilities (common random numbers, Nelder-Mead), " + Cdb90;
    private const string Cdb90Sample = "non-duplicate battles with INTSTA/INTSTD and CASA/CASD > 0, duration from battle_durations.csv duration1 floored at 1 day";

    /// <summary>The committed fit (see each row's Source in <see cref="Definitions"/>).</summary>
    public static CombatLawParameters Default { get; } = new()
    {
        FirerExponent = 0.520,
        TargetExponent = 0.609,
        AttackerLossRate = 0.0536,
        DefenderLossRate = 0.0676,
        ReferenceStrength = 10_000,
        PreparedDefenceFactor = 1.06,
        FortifiedDefenceFactor = 0.911,
        IntensityNoise = 0.865,
        BattleNoise = 1.129,
        DailyNoise = 0.068,
        Fatigue = 0.0118,
        VictoryBias = 0.003,
        DecisionNoise = 1.335,
        DrawBand = 0.234,
        PremodernVictoryBias = 0.734,
        PremodernDecisionNoise = 4.33,
    };

    /// <summary>
    /// The law's rows for the model's parameter table (prefix <c>combat</c>), in the order of
    /// <see cref="ToValues"/>; each prior is centred on the committed fit with its uncertainty.
    /// </summary>
    public static IReadOnlyList<ParameterDefinition> Definitions { get; } = BuildDefinitions();

    /// <summary>Names of the rows of <see cref="Definitions"/>, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Definitions.Select(d => d.Name)];

    /// <summary>The values in the order of <see cref="Definitions"/>.</summary>
    public double[] ToValues() =>
    [
        FirerExponent, TargetExponent, AttackerLossRate, DefenderLossRate, ReferenceStrength,
        PreparedDefenceFactor, FortifiedDefenceFactor, IntensityNoise, BattleNoise, DailyNoise, Fatigue,
        VictoryBias, DecisionNoise, DrawBand, PremodernVictoryBias, PremodernDecisionNoise,
    ];

    /// <summary>Parameters from values in the order of <see cref="Definitions"/> (e.g. one replication's sampled row).</summary>
    // Once per world: compiled once, optimised (see WorldSimulator.Prepare).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CombatLawParameters FromValues(ReadOnlySpan<double> v)
    {
        if (v.Length != Definitions.Count)
        {
            throw new ArgumentException($"Expected {Definitions.Count} values, got {v.Length}.", nameof(v));
        }

        return new CombatLawParameters
        {
            FirerExponent = v[0],
            TargetExponent = v[1],
            AttackerLossRate = v[2],
            DefenderLossRate = v[3],
            ReferenceStrength = v[4],
            PreparedDefenceFactor = v[5],
            FortifiedDefenceFactor = v[6],
            IntensityNoise = v[7],
            BattleNoise = v[8],
            DailyNoise = v[9],
            Fatigue = v[10],
            VictoryBias = v[11],
            DecisionNoise = v[12],
            DrawBand = v[13],
            PremodernVictoryBias = v[14],
            PremodernDecisionNoise = v[15],
        };
    }

    private static List<ParameterDefinition> BuildDefinitions()
    {
        var d = Default;
        return
        [
            new("combatFirerExponent", "dimensionless", new NormalPrior(d.FirerExponent, 0.069), AttritionFit, "Exponent p of the firing side's strength in the power law dA/dt = -a D^p A^q.", -1, 3),
            new("combatTargetExponent", "dimensionless", new NormalPrior(d.TargetExponent, 0.069), AttritionFit, "Exponent q of the target side's own strength in the power law.", -1, 3),
            new("combatAttackerLossRate", "fraction per day", new LogNormalPrior(d.AttackerLossRate, 0.1), AttritionFit, "Attacker's daily fractional loss at parity of two reference-size forces against a hasty defence.", 0, 1),
            new("combatDefenderLossRate", "fraction per day", new LogNormalPrior(d.DefenderLossRate, 0.1), AttritionFit, "Defender's daily fractional loss at parity of two reference-size forces in a hasty defence.", 0, 1),
            new("combatReferenceStrength", "men", new FixedPrior(d.ReferenceStrength), "judgement: a convention (the scale at which loss rates are quoted), not a fitted quantity", "Strength S at which the loss rates are quoted; strengths enter the law as X/S.", 1, double.PositiveInfinity),
            new("combatPreparedDefenceFactor", "ratio", new LogNormalPrior(d.PreparedDefenceFactor, 0.1), AttritionFit, "Prepared defence multiplies the attacker's loss rate and divides the defender's by this factor.", 0.1, 10),
            new("combatFortifiedDefenceFactor", "ratio", new LogNormalPrior(d.FortifiedDefenceFactor, 0.1), AttritionFit, "Fortified defence multiplies the attacker's loss rate and divides the defender's by this factor.", 0.1, 10),
            new("combatIntensityNoise", "log-sd", new NormalPrior(d.IntensityNoise, 0.1, 0), AttritionFit + "; covariance of the two sides' residuals", "Log-sd of a per-battle intensity multiplier common to both sides' loss rates.", 0, 5),
            new("combatBattleNoise", "log-sd", new NormalPrior(d.BattleNoise, 0.1, 0), AttritionFit + "; side-specific residual variance not explained by daily noise", "Log-sd of each side's per-battle effectiveness multiplier (unobserved CEV).", 0, 5),
            new("combatDailyNoise", "log-sd", new NormalPrior(d.DailyNoise, 0.1, 0), AttritionFit + "; the part of the residual variance that falls as 1/duration", "Log-sd of each side's per-day loss multiplier (mean 1); averages out over long battles and months.", 0, 5),
            new("combatFatigue", "per day", new NormalPrior(d.Fatigue, 0.005, 0), "fit by CombatCalibration.FitArdennes (least squares on daily casualties; predicts days 18-33 at +8% Allied, +8% German) over " + Ardennes, "Rate phi at which battle intensity decays, exp(-phi t), t days into an operation.", 0, 1),
            new("combatVictoryBias", "log ratio", new NormalPrior(d.VictoryBias, 0.2), DecisionFit + ", battles of 1939 and later (n = 195)", "Added to ln(defender/attacker fractional loss) before the winner is decided (modern era).", -5, 5),
            new("combatDecisionNoise", "log ratio", new NormalPrior(d.DecisionNoise, 0.2, 0), DecisionFit + ", battles of 1939 and later (n = 195)", "Sd of the non-attritional part of the decision (manoeuvre, surprise, leadership), modern era.", 0, 10),
            new("combatDrawBand", "log ratio", new NormalPrior(d.DrawBand, 0.05, 0), DecisionFit + ", battles of 1939 and later (n = 195)", "Half-width of the band of decided scores that count as a draw.", 0, 5),
            new("combatPremodernVictoryBias", "log ratio", new NormalPrior(d.PremodernVictoryBias, 0.2), DecisionFit + ", battles before 1939 (n = 291)", "As combatVictoryBias, for battles before 1939 (validation only; the theatres do not use it).", -5, 5),
            new("combatPremodernDecisionNoise", "log ratio", new NormalPrior(d.PremodernDecisionNoise, 1, 0), DecisionFit + ", battles before 1939 (n = 291)", "As combatDecisionNoise, for battles before 1939 (validation only).", 0, 100),
        ];
    }
}
