namespace Counterfactual.Worker.Jobs;

/// <summary>Reads the current git commit, if the working directory is inside a checkout, without running git.</summary>
internal static class GitInfo
{
    /// <summary>The 40-hex commit of HEAD, or null when not in a git checkout or unreadable.</summary>
    public static string? TryReadCommit()
    {
        try
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            {
                var git = Path.Combine(dir.FullName, ".git");
                if (Directory.Exists(git))
                {
                    return ResolveHead(git);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }

    private static string? ResolveHead(string git)
    {
        var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
        if (!head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return IsCommit(head) ? head : null;
        }

        var reference = head[5..];
        var loose = Path.Combine(git, reference);
        if (File.Exists(loose))
        {
            var value = File.ReadAllText(loose).Trim();
            return IsCommit(value) ? value : null;
        }

        var packed = Path.Combine(git, "packed-refs");
        if (!File.Exists(packed))
        {
            return null;
        }

        foreach (var line in File.ReadLines(packed))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && parts[1] == reference && IsCommit(parts[0]))
            {
                return parts[0];
            }
        }

        return null;
    }

    private static bool IsCommit(string s) => s.Length == 40 && s.All(Uri.IsHexDigit);
}
