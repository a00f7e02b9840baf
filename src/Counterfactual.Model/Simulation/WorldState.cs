using System.Runtime.CompilerServices;
using Counterfactual.Model.Combat;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Simulation;

/// <summary>
/// The mutable state of one replication. One instance per simulator, reset at the start of every run,
/// so a run allocates nothing. Fields are public because the theatre rules are its only users.
/// Units: DE (division-equivalents), km, months (Calendar indices), shares in [0, 1].
/// </summary>
internal sealed class WorldState
{
    public const int Campaigns = 5;

    /// <summary>The monthly form's fatigue memo for the world's combat law (<see cref="PreparedWorld.Law"/>; emptied at the start of a run).</summary>
    public AttritionLaw.FatigueMemo Fatigue;

    // Reciprocals of the parameters the monthly rules divide by, set once per replication (a division costs
    // several multiplications, and most of these sit on the month's dependency chains).
    public double InverseUsMunitions1944;
    public double InverseOilRepair;
    public double InverseGermanWest;

    // Levers.
    public bool Pact;
    public double EastFloor;
    public double SouthDe;

    // Eastern Front.
    public bool EastWar;
    public double G;
    public double S;
    public double D;
    public double K;
    public double MaxD;
    public double Rail;
    public int MaxDMonth;
    public bool MoscowHeldByGermany;
    public int MoscowFall;
    public int SeparatePeace;
    public double InTransit;
    public double SentWest;
    public double SovietLossDe;
    public double GermanEastLossDe;
    public double EastLossShare;
    public double EastAdvance;
    public double EastRatio;
    public double ShiftPending;
    public int ShiftArrival;
    public double ShiftedWest;

    // Far East.
    public bool FeWar;
    public double SE;
    public double SE0;
    public double KwLost;
    public double JapanNorthAdded;
    public double KW;
    public double KwRef;
    public int JapanAttack;
    public int UssrAttack;
    public double Pen;
    public double FeRatio;
    public bool RailCut;
    public bool ManchuriaOccupied;
    public double JapanLossDe;

    // South and oil.
    public int SouthStart;
    public readonly double[] Progress = new double[Campaigns];
    public readonly int[] FallMonth = new int[Campaigns];
    public double DefenderGrowth;

    public double Extent;
    public double Extent1942;
    public int SouthernConquest;

    /// <summary>The weighted progress of the southern campaigns once all have fallen (set with <see cref="SouthernConquest"/>).</summary>
    public double SouthConquered;
    public double SouthLossDe;
    public double Oil;
    public int OilExhausted;
    public double FieldsRestored;

    // Pacific.
    public int UsEntry;
    public bool UsAtWarJapan;
    public bool UsAtWarGermany;
    public double NUs;
    public double NJ;
    public double Y;
    public double Blockade;

    // West.
    public double WA;
    public double GW;
    public double W;
    public int SecondFront;

    // Atomic bomb.
    public int AtomicReady;
    public double BombStock;
    public int AtomicFirst;
    public int BombsOnJapan;

    // Lend-Lease, million tons.
    public double LlArctic;
    public double LlPersian;
    public double LlPacific;

    // Ends.
    public int GermanySurrender;
    public int JapanSurrender;
    public int GermanyNegotiated;
    public int JapanNegotiated;

    // Read in most rules every month; inlined even where a rule's method has used up the JIT's inlining budget.
    public bool GermanyOut
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => GermanySurrender != Calendar.Never || GermanyNegotiated != Calendar.Never;
    }

    public bool JapanOut
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => JapanSurrender != Calendar.Never || JapanNegotiated != Calendar.Never;
    }

    public bool JapanAtWarSouth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => SouthStart != Calendar.Never && !JapanOut;
    }

    public void Reset()
    {
        EastWar = true;
        G = S = D = K = MaxD = Rail = 0;
        MaxDMonth = 0;
        MoscowHeldByGermany = false;
        MoscowFall = SeparatePeace = Calendar.Never;
        InTransit = SentWest = SovietLossDe = GermanEastLossDe = 0;
        EastLossShare = EastAdvance = EastRatio = 0;
        ShiftPending = ShiftedWest = 0;
        ShiftArrival = Calendar.Never;
        FeWar = false;
        SE = SE0 = KwLost = JapanNorthAdded = KW = KwRef = 0;
        JapanAttack = UssrAttack = Calendar.Never;
        Pen = FeRatio = 0;
        RailCut = ManchuriaOccupied = false;
        JapanLossDe = 0;
        SouthStart = Calendar.Never;
        Array.Clear(Progress);
        Array.Fill(FallMonth, Calendar.Never);
        DefenderGrowth = 1;
        Extent = Extent1942 = SouthLossDe = SouthConquered = 0;
        SouthernConquest = Calendar.Never;
        Oil = FieldsRestored = 0;
        OilExhausted = Calendar.Never;
        UsEntry = Calendar.Never;
        UsAtWarJapan = UsAtWarGermany = false;
        NUs = NJ = Y = Blockade = 0;
        WA = GW = W = 0;
        SecondFront = Calendar.Never;
        AtomicReady = AtomicFirst = Calendar.Never;
        BombStock = 0;
        BombsOnJapan = 0;
        LlArctic = LlPersian = LlPacific = 0;
        GermanySurrender = JapanSurrender = GermanyNegotiated = JapanNegotiated = Calendar.Never;
    }
}
