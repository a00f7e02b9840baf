namespace Counterfactual.Model.Randomness;

/// <summary>
/// The sub-streams of one replication. Each purpose has its own generator, so toggling a lever that
/// changes how many draws one theatre makes does not shift the draws of another.
/// Values are part of the reproducibility contract: never renumber them.
/// </summary>
public enum StreamPurpose : ulong
{
    Parameters = 1,
    Decisions = 2,
    EasternFront = 3,
    FarEast = 4,
    South = 5,
    Pacific = 6,
    West = 7,
    Economy = 8,
}
