namespace Counterfactual.Results;

/// <summary>
/// Writes files so that a reader never sees a half-written one: the content goes to a temporary file in
/// the same directory (<c>.NAME.tmp</c>), is flushed to disk, and is then renamed over the final name.
/// A rename within one directory is atomic on POSIX file systems and NTFS, so after a crash (even
/// <c>kill -9</c>) the final name holds either the previous complete file or the new complete file.
/// </summary>
/// <remarks>
/// Two ways in: <see cref="Write(string, Action{Stream})"/> for content produced in one go, or
/// <see cref="CreateTemp"/>, then <see cref="Commit"/> (or <see cref="Abandon"/>) for content streamed over
/// a long time, such as <c>replications.csv</c>.
/// </remarks>
public static class AtomicFile
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The temporary name used for <paramref name="path"/>: <c>.NAME.tmp</c> in the same directory.</summary>
    public static string TempPathFor(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(path));
        return Path.Combine(directory, "." + Path.GetFileName(full) + ".tmp");
    }

    /// <summary>Atomically replaces <paramref name="path"/> with <paramref name="contents"/> (UTF-8, no BOM).</summary>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var bytes = Utf8NoBom.GetBytes(contents);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Atomically replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it
    /// is given. If <paramref name="write"/> throws, the temporary file is deleted, <paramref name="path"/> is
    /// left as it was, and the exception propagates. The stream must not be disposed by <paramref name="write"/>.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var stream = CreateTemp(path);
        try
        {
            write(stream);
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            Commit(path);
        }
        catch
        {
            stream.Dispose();
            Abandon(path);
            throw;
        }
    }

    /// <summary>
    /// Creates (or truncates) the temporary file of <paramref name="path"/> and returns it open for writing.
    /// Dispose the stream, then call <see cref="Commit"/> to publish it or <see cref="Abandon"/> to discard it.
    /// </summary>
    /// <param name="path">The final path.</param>
    /// <param name="bufferSize">The stream's own buffer in bytes; 1 turns it off for callers that buffer themselves.</param>
    public static FileStream CreateTemp(string path, int bufferSize = 4096)
    {
        var temp = TempPathFor(path);
        return new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize, FileOptions.SequentialScan);
    }

    /// <summary>Renames the (closed) temporary file of <paramref name="path"/> over <paramref name="path"/>.</summary>
    public static void Commit(string path) => File.Move(TempPathFor(path), Path.GetFullPath(path), overwrite: true);

    /// <summary>Deletes the temporary file of <paramref name="path"/> if it exists; never throws for a missing file.</summary>
    public static void Abandon(string path)
    {
        try
        {
            File.Delete(TempPathFor(path));
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden .tmp file is harmless and is truncated by the next write.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
