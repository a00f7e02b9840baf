namespace Counterfactual.Results.Compare;

/// <summary>Two result sets cannot be compared: their scenario grids (ids, lever names or lever values) differ.</summary>
public sealed class IncomparableResultsException : Exception
{
    public IncomparableResultsException(string message)
        : base(message)
    {
    }

    public IncomparableResultsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IncomparableResultsException()
    {
    }
}
