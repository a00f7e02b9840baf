namespace Counterfactual.Experiments.Batches;

/// <summary>The outcome of reading a batch file: a batch, or every error found (never both).</summary>
public sealed class BatchLoadResult
{
    internal BatchLoadResult(Batch? batch, IReadOnlyList<BatchError> errors)
    {
        Batch = errors.Count == 0 ? batch : null;
        Errors = errors;
    }

    /// <summary>The validated batch; null when there are errors.</summary>
    public Batch? Batch { get; }

    /// <summary>Every problem found, in document order where possible.</summary>
    public IReadOnlyList<BatchError> Errors { get; }

    /// <summary>True when the file is a valid batch.</summary>
    public bool IsValid => Batch is not null;
}
