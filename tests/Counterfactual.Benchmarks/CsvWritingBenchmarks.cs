using BenchmarkDotNet.Attributes;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Running;
using Counterfactual.Results;

namespace Counterfactual.Benchmarks;

/// <summary>Writing the essay batch's result set (all aggregate CSVs and the manifest, about 2 MB) to disk.</summary>
public class CsvWritingBenchmarks
{
    private ResultSet _results = null!;
    private string _directory = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = FindUp(Path.Combine("scenarios", "essay-claim.json"));
        var batch = BatchLoader.Parse(File.ReadAllBytes(path), path).Batch!.WithOverrides(replications: 1024);
        var info = new ManifestInfo("bench", path, "0", null, null);
        _results = BatchRunner.Run(batch, new RunOptions(Environment.ProcessorCount, info, TimeProvider.System), CancellationToken.None).Results;
        _directory = Path.Combine(Path.GetTempPath(), "cf-bench-csv-" + Environment.ProcessId);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public void WriteResultSet() => ResultSetWriter.Write(_results, _directory, includesRaw: false);

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
