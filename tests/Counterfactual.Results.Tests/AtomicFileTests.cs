using Counterfactual.Results.Tests.Support;

namespace Counterfactual.Results.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void TempPathFor_Path_IsHiddenSiblingWithTmpSuffix()
    {
        using var dir = new TempDirectory();
        Assert.Equal(dir.File(".summary.csv.tmp"), AtomicFile.TempPathFor(dir.File("summary.csv")));
    }

    [Fact]
    public void WriteAllText_ExistingFile_ReplacesItAndLeavesNoTemporaryFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.txt");
        File.WriteAllText(path, "old");
        AtomicFile.WriteAllText(path, "new \u00e9");
        Assert.Equal([0x6E, 0x65, 0x77, 0x20, 0xC3, 0xA9], File.ReadAllBytes(path));
        Assert.Equal(["a.txt"], Files.Names(dir.Path));
    }

    [Fact]
    public void Write_ExceptionMidway_KeepsPreviousFileAndRemovesTemporaryFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.csv");
        File.WriteAllText(path, "previous,complete\n");
        var e = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half,writ"u8);
            stream.Flush();
            Assert.True(File.Exists(AtomicFile.TempPathFor(path)));
            throw new IOException("disk full (simulated)");
        }));
        Assert.Equal("disk full (simulated)", e.Message);
        Assert.Equal("previous,complete\n", File.ReadAllText(path));
        Assert.Equal(["a.csv"], Files.Names(dir.Path));
    }

    [Fact]
    public void Write_StreamThatFailsAfterSomeBytes_KeepsPreviousFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.csv");
        File.WriteAllText(path, "previous\n");
        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            using var failing = new FailingStream(stream, failAfterBytes: 100_000);
            using var csv = new CsvRowWriter(failing);
            for (var i = 0; i < 100_000; i++)
            {
                csv.Text("row");
                csv.Integer(i);
                csv.EndRecord();
            }
        }));
        Assert.Equal("previous\n", File.ReadAllText(path));
        Assert.Equal(["a.csv"], Files.Names(dir.Path));
    }

    [Fact]
    public void Write_MissingDirectory_ThrowsAndCreatesNothing()
    {
        using var dir = new TempDirectory();
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(dir.File("missing/a.txt"), "x"));
        Assert.False(Directory.Exists(dir.Sub("missing")));
    }

    [Fact]
    public void CreateTempThenCommit_Always_PublishesContent()
    {
        using var dir = new TempDirectory();
        var path = dir.File("raw.csv");
        using (var stream = AtomicFile.CreateTemp(path))
        {
            stream.Write("a,b\n"u8);
            Assert.False(File.Exists(path));
        }

        AtomicFile.Commit(path);
        Assert.Equal("a,b\n", File.ReadAllText(path));
        Assert.Equal(["raw.csv"], Files.Names(dir.Path));
    }

    [Fact]
    public void Abandon_NoTemporaryFile_DoesNothing()
    {
        using var dir = new TempDirectory();
        AtomicFile.Abandon(dir.File("never-written.csv"));
        Assert.Empty(Files.Names(dir.Path));
    }

    /// <summary>Passes writes through until a byte budget is spent, then fails like a full disk.</summary>
    private sealed class FailingStream(Stream inner, long failAfterBytes) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _written += buffer.Length;
            if (_written > failAfterBytes)
            {
                throw new IOException("No space left on device (simulated).");
            }

            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
