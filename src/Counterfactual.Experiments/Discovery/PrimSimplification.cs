namespace Counterfactual.Experiments.Discovery;

/// <summary>
/// How a PRIM box is simplified before it is reported (see <see cref="PrimSearch.Simplify"/>): restrictions that
/// exclude little of their dimension's marginal mass are dropped, then restrictions are dropped greedily while
/// the density stays near the peeled box's, and in any case down to at most <paramref name="MaxDimensions"/>;
/// the box is then refitted by PRIM on the dimensions it keeps. A box is reported only when its density is at
/// least <paramref name="MinLift"/> times the base rate and its Wilson 95% lower bound lies above the base rate.
/// </summary>
/// <param name="MaxDimensions">Most dimensions a box may restrict, e.g. 3.</param>
/// <param name="DensityShare">Share of the peeled box's density the simplified box must keep while optional restrictions are dropped, e.g. 0.95.</param>
/// <param name="MinExcludedShare">Smallest share of the marginal mass a restriction must exclude to be kept, e.g. 0.1.</param>
/// <param name="MinLift">Smallest ratio of box density to base rate for a box to be reported, e.g. 1.5.</param>
public sealed record PrimSimplification(int MaxDimensions, double DensityShare = 0.95, double MinExcludedShare = 0.1, double MinLift = 1.5);
