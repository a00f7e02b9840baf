namespace Counterfactual.Worker.Hosting;

/// <summary>
/// A problem with what the user gave us (a file, an option). Reported as one line without a stack
/// trace, exit code 2. Thrown only before any output is created.
/// </summary>
public sealed class UserInputException : Exception
{
    public UserInputException(string message)
        : base(message)
    {
    }

    public UserInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UserInputException()
    {
    }
}
