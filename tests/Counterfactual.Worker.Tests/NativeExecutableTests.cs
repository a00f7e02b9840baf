using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>
/// The native executable (README, "A native executable": <c>dotnet publish src/Counterfactual.Worker -c Native</c>)
/// is the same program compiled ahead of time, with the theatres' sub-rules inlined and no JIT: it must write the
/// JIT build's bytes, and refuse bad input the same way, built for this machine's instruction set (the default) or
/// for any x86-64-v3 machine. Published once each, from a copy of the sources (so that the checkout's own bin/ and
/// obj/ are untouched), which takes about a minute and a half.
/// </summary>
public sealed class NativeExecutableTests : IClassFixture<NativeExecutableTests.Published>
{
    private readonly Published _native;

    public NativeExecutableTests(Published native) => _native = native;

    [Fact]
    public void RunWritesTheJitBuildsBytesRawReplicationsIncludedForEitherInstructionSet()
    {
        using var dir = new TempDirectory();
        string[] args = ["run", "--replications", "150", "--threads", "3", "--raw", "--quiet"];
        var jit = CliProcess.Run(Repository.Root, [.. args, "--out", dir["jit"]]);
        Assert.True(jit.ExitCode == 0, jit.All);
        foreach (var (name, executable) in new[] { ("native", _native.Executable), ("portable", _native.Portable) })
        {
            var native = Published.RunExecutable(executable, Repository.Root, [.. args, "--out", dir[name]]);
            Assert.True(native.ExitCode == 0, native.All);
            Assert.Equal(jit.StdErr, native.StdErr);
            ResultFilesAssert.SameCsvBytes(dir["jit"], dir[name]);
        }

        Assert.Contains("replications.csv", ResultFilesAssert.CsvFiles(dir["native"]));
    }

    [Fact]
    public void SchemaIsTheJitBuildsSchema()
    {
        var jit = CliProcess.Run(Repository.Root, "schema");
        var native = _native.Run(Repository.Root, "schema");

        Assert.Equal(0, native.ExitCode);
        Assert.Equal(jit.StdOut, native.StdOut);
    }

    [Fact]
    public void BadInputIsRefusedWithTheSameMessageAndExitCodeAndNoOutput()
    {
        using var dir = new TempDirectory();
        var jit = CliProcess.Run(Repository.Root, "run", "--replications", "-5", "--out", dir["jit"]);
        var native = _native.Run(Repository.Root, "run", "--replications", "-5", "--out", dir["native"]);

        Assert.Equal(2, jit.ExitCode);
        Assert.Equal(2, native.ExitCode);
        Assert.Equal(jit.StdErr, native.StdErr);
        Assert.DoesNotContain(" at Counterfactual.", native.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["native"]));
    }

    /// <summary>The native executable, published once for the class into a scratch directory.</summary>
    public sealed class Published : IDisposable
    {
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);
        private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);
        private readonly TempDirectory _dir = new();

        public Published()
        {
            var sources = _dir["checkout"];
            foreach (var file in new[] { "Counterfactual.sln", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
            {
                var from = Repository.PathOf(file);
                if (File.Exists(from))
                {
                    Directory.CreateDirectory(sources);
                    File.Copy(from, Path.Combine(sources, file));
                }
            }

            CopySources(Repository.PathOf("src"), Path.Combine(sources, "src"));
            Executable = Publish(sources, _dir["native"]);
            Portable = Publish(sources, _dir["portable"], "-p:IlcInstructionSet=x86-64-v3");
        }

        /// <summary>Path of the published executable (for this machine's instruction set, the default).</summary>
        public string Executable { get; }

        /// <summary>Path of the executable published for any x86-64-v3 machine (the README's portable build).</summary>
        public string Portable { get; }

        /// <summary>Runs the native executable in <paramref name="workingDirectory"/>.</summary>
        public CliResult Run(string workingDirectory, params string[] args) => RunExecutable(Executable, workingDirectory, args);

        /// <summary>Runs <paramref name="executable"/> (one of the two) in <paramref name="workingDirectory"/>.</summary>
        public static CliResult RunExecutable(string executable, string workingDirectory, params string[] args) => RunProcess(executable, workingDirectory, RunTimeout, args);

        private static string Publish(string sources, string output, params string[] options)
        {
            var publish = RunProcess(
                "dotnet",
                sources,
                PublishTimeout,
                ["publish", Path.Combine("src", "Counterfactual.Worker"), "-c", "Native", "-o", output, "-nologo", .. options]);
            var executable = Path.Combine(output, "counterfactual");
            Assert.True(publish.ExitCode == 0 && File.Exists(executable), $"dotnet publish -c Native {string.Join(' ', options)} failed:\n" + publish.All);
            return executable;
        }

        public void Dispose() => _dir.Dispose();

        /// <summary>Copies a source tree without its build output (bin/, obj/).</summary>
        private static void CopySources(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (var sub in Directory.GetDirectories(from))
            {
                var name = Path.GetFileName(sub);
                if (name is not ("bin" or "obj"))
                {
                    CopySources(sub, Path.Combine(to, name));
                }
            }
        }

        private static CliResult RunProcess(string fileName, string workingDirectory, TimeSpan timeout, IReadOnlyList<string> args) =>
            CliProcess.WaitFor(CliProcess.StartProgram(fileName, workingDirectory, args), timeout, $"{fileName} {string.Join(' ', args)}");
    }
}
