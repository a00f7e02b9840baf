using System.Globalization;
using Counterfactual.Model.Metrics;
using Counterfactual.Results;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests;

/// <summary>End-to-end: the real executable runs a small batch and its CSVs obey the published contract.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_SmallBatch_WritesEveryResultFileAndCsvHelperReadsThem()
    {
        var output = _temp["small"];
        var result = CliProcess.Run(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", output, "--quiet");

        Assert.True(result.ExitCode == 0, result.All);
        foreach (var file in new[] { ResultFiles.Manifest, ResultFiles.Scenarios, ResultFiles.EndStates, ResultFiles.Summary, ResultFiles.Distributions, ResultFiles.Trajectories, ResultFiles.Claims, ResultFiles.Codebook })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} missing");
        }

        Assert.False(File.Exists(Path.Combine(output, ResultFiles.Replications)));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));

        var set = ResultSetReader.Read(output);
        Assert.Equal(8, set.Scenarios.Count);
        Assert.All(set.Scenarios, s => Assert.Equal(300, s.Replications));
        Assert.Equal(2, set.Claims.Count);
        Assert.True(set.Manifest.Complete);
        Assert.Equal(300, set.Manifest.ReplicationsCompleted);
    }

    [Fact]
    public void Run_OneTwoOrEightThreadsAndRerun_WritesIdenticalCsvBytes()
    {
        var runs = new[] { ("t1", "1"), ("t2", "2"), ("t8", "8"), ("t2again", "2") };
        foreach (var (name, threads) in runs)
        {
            var result = CliProcess.Run(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", _temp[name], "--threads", threads, "--replications", "400", "--quiet");
            Assert.True(result.ExitCode == 0, result.All);
        }

        ResultFilesAssert.SameCsvBytes(_temp["t1"], _temp["t2"]);
        ResultFilesAssert.SameCsvBytes(_temp["t1"], _temp["t8"]);
        ResultFilesAssert.SameCsvBytes(_temp["t2"], _temp["t2again"]);
    }

    [Fact]
    public void Run_EveryCategoricalMetric_CountsSumToReplicationsAndProbabilitiesToOne()
    {
        var set = RunSmall("sums");

        foreach (var group in set.EndStates.GroupBy(r => (r.ScenarioId, r.Metric)))
        {
            var states = MetricCatalog.Find(group.Key.Metric)!.States;
            Assert.Equal(states, group.Select(r => r.State).ToList());
            Assert.Equal(300, group.Sum(r => r.Count));
            Assert.Equal(1.0, group.Sum(r => r.Probability), 4);
            Assert.All(group, r => Assert.InRange(r.Probability, r.CiLow - 1e-6, r.CiHigh + 1e-6));
        }

        Assert.Equal(8 * MetricCatalog.Categorical.Count, set.EndStates.GroupBy(r => (r.ScenarioId, r.Metric)).Count());
    }

    [Fact]
    public void Run_MonthMetricDistributions_BinsAreIsoMonthsOrNever()
    {
        var set = RunSmall("months");
        var monthMetrics = MetricCatalog.Months.Select(m => m.Name).ToHashSet();

        var monthRows = set.Distributions.Where(r => monthMetrics.Contains(r.Metric)).ToList();
        Assert.NotEmpty(monthRows);
        Assert.All(monthRows, r => Assert.True(
            r.Bin == "never" || (DateTime.TryParseExact(r.Bin, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d >= new DateTime(1941, 6, 1) && d <= new DateTime(1949, 12, 1)),
            $"bad bin {r.Bin} for {r.Metric}"));
        foreach (var group in monthRows.GroupBy(r => (r.ScenarioId, r.Metric)))
        {
            Assert.Equal(300, group.Sum(r => r.Count));
        }
    }

    [Fact]
    public void Run_Raw_SampledParametersAreIdenticalAcrossScenariosOfAReplication()
    {
        var output = _temp["raw"];
        var result = CliProcess.Run(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", output, "--replications", "50", "--raw", "--quiet");
        Assert.True(result.ExitCode == 0, result.All);

        var lines = File.ReadAllLines(Path.Combine(output, ResultFiles.Replications));
        var header = lines[0].Split(',');
        var parameterColumns = Enumerable.Range(0, header.Length).Where(i => header[i].StartsWith("param_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(parameterColumns);
        Assert.Equal(1 + (8 * 50), lines.Length);

        var byReplication = lines.Skip(1).Select(l => l.Split(',')).GroupBy(f => f[1]).ToList();
        Assert.Equal(50, byReplication.Count);
        foreach (var world in byReplication)
        {
            Assert.Equal(8, world.Count());
            var first = world.First();
            Assert.All(world, row => Assert.Equal(parameterColumns.Select(i => first[i]), parameterColumns.Select(i => row[i])));
        }

        var distinctWorlds = byReplication.Select(g => string.Join(',', parameterColumns.Select(i => g.First()[i]))).Distinct().Count();
        Assert.True(distinctWorlds > 40, "different replications should sample different parameters");
    }

    private Experiments.Output.ResultSet RunSmall(string name)
    {
        var output = _temp[name];
        var result = CliProcess.Run(Repository.Root, "run", Repository.TestBatch("small.json"), "--out", output, "--quiet");
        Assert.True(result.ExitCode == 0, result.All);
        return ResultSetReader.Read(output);
    }
}
