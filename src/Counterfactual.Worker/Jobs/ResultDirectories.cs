using Counterfactual.Experiments.Output;
using Counterfactual.Results;
using Counterfactual.Worker.Hosting;

namespace Counterfactual.Worker.Jobs;

/// <summary>Reads result sets named on the command line, with one-line user errors for every way a directory can be wrong.</summary>
internal static class ResultDirectories
{
    /// <summary>Reads the result set in <paramref name="directory"/>; problems throw <see cref="UserInputException"/>.</summary>
    public static ResultSet Read(string directory)
    {
        if (File.Exists(directory))
        {
            throw new UserInputException($"{directory}: is a file, not a result directory");
        }

        if (!Directory.Exists(directory))
        {
            throw new UserInputException($"{directory}: result directory not found");
        }

        if (!File.Exists(Path.Combine(directory, ResultFiles.Manifest)))
        {
            throw new UserInputException($"{directory}: not a result set (no {ResultFiles.Manifest}; run 'counterfactual run' first)");
        }

        try
        {
            return ResultSetReader.Read(directory);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{directory}: not a readable result set: {e.Message}", e);
        }
    }
}
