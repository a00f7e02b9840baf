namespace Counterfactual.Worker.Tests.Support;

/// <summary>Locations in the repository checkout the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding Counterfactual.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path relative to the repository root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>A batch file shipped with these tests (tests/Counterfactual.Worker.Tests/Batches).</summary>
    public static string TestBatch(string name) => Path.Combine(Root, "tests", "Counterfactual.Worker.Tests", "Batches", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Counterfactual.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Counterfactual.sln not found above " + AppContext.BaseDirectory);
    }
}
