namespace Counterfactual.Worker.Watch;

/// <summary>
/// The inbox and its three sub-folders. A batch file moves inbox -> processing/ -> done/ or failed/,
/// each step a rename on one volume, so a file is always in exactly one place and two watchers can
/// never claim the same file.
/// </summary>
internal sealed class InboxFolder(string path)
{
    /// <summary>The watched folder.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Files being run (or interrupted mid-run: picked up again on start).</summary>
    public string Processing => System.IO.Path.Combine(Path, "processing");

    /// <summary>Files that ran to completion.</summary>
    public string Done => System.IO.Path.Combine(Path, "done");

    /// <summary>Files that could not run, each with <c>&lt;name&gt;.error.txt</c>.</summary>
    public string Failed => System.IO.Path.Combine(Path, "failed");

    /// <summary>Creates the folders that are missing.</summary>
    public void Prepare()
    {
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(Processing);
        Directory.CreateDirectory(Done);
        Directory.CreateDirectory(Failed);
    }

    /// <summary>
    /// A batch file worth claiming: <c>*.json</c>, not a dotfile and not an editor's or copier's temporary
    /// name (<c>~x.json</c>, <c>x.json.tmp</c>, <c>x.json.part</c> and the like end otherwise anyway).
    /// </summary>
    public static bool IsCandidate(string fileName) =>
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && !fileName.StartsWith('.')
        && !fileName.StartsWith('~')
        && !fileName.StartsWith('#')
        && !fileName.Contains(".tmp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Candidate files of <paramref name="folder"/> in arrival order: oldest modification time first, then name.</summary>
    public static IReadOnlyList<FileInfo> InArrivalOrder(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFiles()
            .Where(f => IsCandidate(f.Name))
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>Claims a file by renaming it into processing/; null when someone else took it first or the name is busy.</summary>
    public string? TryClaim(FileInfo file)
    {
        var target = System.IO.Path.Combine(Processing, file.Name);
        try
        {
            File.Move(file.FullName, target, overwrite: false);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Moves a processed file to done/ (replacing an older file of that name).</summary>
    public string MoveToDone(string processingFile) => MoveInto(processingFile, Done);

    /// <summary>Moves a file to failed/ and writes <c>&lt;name&gt;.error.txt</c> beside it.</summary>
    public string MoveToFailed(string processingFile, IEnumerable<string> errors)
    {
        var target = MoveInto(processingFile, Failed);
        var report = target + ".error.txt";
        var temporary = report + ".tmp";
        File.WriteAllText(temporary, string.Concat(errors.Select(e => e + "\n")));
        File.Move(temporary, report, overwrite: true);
        return target;
    }

    private static string MoveInto(string file, string folder)
    {
        var target = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file));
        File.Move(file, target, overwrite: true);
        return target;
    }
}
