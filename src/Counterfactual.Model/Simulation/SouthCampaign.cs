namespace Counterfactual.Model.Simulation;

/// <summary>The sub-campaigns of Japan's Southern Operation, in the order of their parameters.</summary>
internal enum SouthCampaign
{
    HongKong,
    Philippines,
    Malaya,
    Java,
    Burma,
}
