using Counterfactual.Model.Combat;

namespace Counterfactual.Model.Randomness;

/// <summary>
/// The 26 random numbers the model draws in one simulated month (18 standard normals, 8 uniforms; MODEL.md,
/// "Time, state, randomness"), each theatre's from its own stream and in the order that stream has always
/// given them. The model never draws conditionally, so a world's numbers for a month do not depend on the
/// scenario: every scenario of a world reads the same <see cref="MonthDraws"/> (see <see cref="WorldDraws"/>).
/// </summary>
public struct MonthDraws
{
    /// <summary>Decisions stream: the strike-north uniform (first of six).</summary>
    public double UNorth;

    /// <summary>Decisions stream: the strike-south uniform.</summary>
    public double USouth;

    /// <summary>Decisions stream: the atomic-surrender uniform.</summary>
    public double UAtomic;

    /// <summary>Decisions stream: the surrender uniform.</summary>
    public double USurrender;

    /// <summary>Decisions stream: the western compromise-peace uniform.</summary>
    public double UCompromiseWest;

    /// <summary>Decisions stream: the Japanese compromise-peace uniform (last of six).</summary>
    public double UCompromiseJapan;

    /// <summary>Eastern Front stream: the advance normal (first of six).</summary>
    public double EastAdvance;

    /// <summary>Eastern Front stream: the combat law's three normals.</summary>
    public MonthlyNoise EastLaw;

    /// <summary>Eastern Front stream: the encirclement uniform.</summary>
    public double EastEncircle;

    /// <summary>Eastern Front stream: the cohesion normal (last of six).</summary>
    public double EastCohesion;

    /// <summary>Far East stream: the advance normal (first of four).</summary>
    public double FarEastAdvance;

    /// <summary>Far East stream: the combat law's three normals.</summary>
    public MonthlyNoise FarEastLaw;

    /// <summary>South stream: one normal per sub-campaign, in <c>SouthCampaign</c> order.</summary>
    public SouthValues South;

    /// <summary>Pacific stream: the advance normal (first of three).</summary>
    public double PacificAdvance;

    /// <summary>Pacific stream: the US naval-air loss normal.</summary>
    public double PacificUs;

    /// <summary>Pacific stream: the Japanese naval-air loss normal (last of three).</summary>
    public double PacificJapan;

    /// <summary>West stream: the second-front launch uniform (first of two).</summary>
    public double WestLaunch;

    /// <summary>West stream: the advance normal (last of two).</summary>
    public double WestAdvance;

    /// <summary>Draws one month's numbers from <paramref name="streams"/>, advancing each theatre's stream.</summary>
    public static void Draw(ref WorldStreams streams, out MonthDraws d)
    {
        d.UNorth = streams.Decisions.NextDouble();
        d.USouth = streams.Decisions.NextDouble();
        d.UAtomic = streams.Decisions.NextDouble();
        d.USurrender = streams.Decisions.NextDouble();
        d.UCompromiseWest = streams.Decisions.NextDouble();
        d.UCompromiseJapan = streams.Decisions.NextDouble();

        d.EastAdvance = streams.EasternFront.NextNormal();
        d.EastLaw = MonthlyNoise.Draw(ref streams.EasternFront);
        d.EastEncircle = streams.EasternFront.NextDouble();
        d.EastCohesion = streams.EasternFront.NextNormal();

        d.FarEastAdvance = streams.FarEast.NextNormal();
        d.FarEastLaw = MonthlyNoise.Draw(ref streams.FarEast);

        d.South.HongKong = streams.South.NextNormal();
        d.South.Philippines = streams.South.NextNormal();
        d.South.Malaya = streams.South.NextNormal();
        d.South.Java = streams.South.NextNormal();
        d.South.Burma = streams.South.NextNormal();

        d.PacificAdvance = streams.Pacific.NextNormal();
        d.PacificUs = streams.Pacific.NextNormal();
        d.PacificJapan = streams.Pacific.NextNormal();

        d.WestLaunch = streams.West.NextDouble();
        d.WestAdvance = streams.West.NextNormal();
    }

    /// <summary>One value per southern sub-campaign, in <c>SouthCampaign</c> order (the five normals of a month, or their multipliers).</summary>
    public struct SouthValues
    {
        public double HongKong;
        public double Philippines;
        public double Malaya;
        public double Java;
        public double Burma;

        /// <summary>Sub-campaign <paramref name="i"/>'s value (Hong Kong, the Philippines, Malaya, Java, Burma).</summary>
        public readonly double Of(int i) => i switch { 0 => HongKong, 1 => Philippines, 2 => Malaya, 3 => Java, _ => Burma };
    }
}
