namespace Counterfactual.Experiments.Batches;

/// <summary>How the uncertain parameters are sampled across replications.</summary>
public enum ExperimentDesign
{
    /// <summary>Independent draws per world (the default).</summary>
    MonteCarlo,

    /// <summary>Latin hypercube: each parameter's quantile is stratified over the replications.</summary>
    Lhs,

    /// <summary>Sobol sequences (not supported yet; batch files asking for it are rejected).</summary>
    Sobol,
}
