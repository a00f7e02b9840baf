namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// A PRIM box: per dimension the inclusive bounds [Low, High] (-infinity / +infinity when that side is not
/// restricted); coverage = cases of interest in the box / all cases of interest; density = cases of interest in
/// the box / points in the box; support = points in the box / all points (points already covered by an earlier
/// box are excluded from the later boxes' counts).
/// </summary>
public sealed record PrimBox(double[] Low, double[] High, double Coverage, double Density, double Support)
{
    /// <summary>Whether dimension <paramref name="d"/> is restricted on either side.</summary>
    public bool Restricts(int d) => double.IsFinite(Low[d]) || double.IsFinite(High[d]);
}
