using Counterfactual.Results;
using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.Viz;

/// <summary><c>counterfactual trace</c> reproduces exactly the world a batch run saw.</summary>
public sealed class TraceCommandTests : IDisposable
{
    private const int Replications = 60;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Trace_SeveralScenariosAndReplications_OutcomesEqualTheRawRowTextForText()
    {
        var output = _temp["raw"];
        VizRuns.Run(output, extra: ["--replications", Replications.ToString(System.Globalization.CultureInfo.InvariantCulture), "--raw"]);
        var raw = ReadRaw(output);

        foreach (var (scenario, replication) in new[] { ("s01", "0"), ("s04", "17"), ("s05", "33"), ("s08", "59") })
        {
            var file = _temp[$"traces/{scenario}-{replication}.csv"];
            var result = CliProcess.Run(Repository.Root, "trace", Repository.TestBatch("small.json"), "--scenario", scenario, "--replication", replication, "--replications", "60", "--out", file);
            Assert.True(result.ExitCode == 0, result.All);

            var outcomes = File.ReadAllLines(file[..^4] + "-outcomes.csv");
            Assert.Equal("column,value", outcomes[0]);
            var traced = outcomes.Skip(1).Select(l => l.Split(',', 2)).ToDictionary(f => f[0], f => f[1]);
            var row = raw[(scenario, replication)];
            Assert.Equal(row.Keys.Order(StringComparer.Ordinal), traced.Keys.Order(StringComparer.Ordinal));
            foreach (var (column, value) in row)
            {
                Assert.True(value == traced[column], $"{scenario} r{replication} {column}: raw '{value}', trace '{traced[column]}'");
            }

            Assert.Equal("month,theatre,kind,text", File.ReadLines(file).First());
            Assert.Contains($"scenario {scenario}", result.StdOut, StringComparison.Ordinal);
            Assert.Contains("outcomes:", result.StdOut, StringComparison.Ordinal);
            Assert.Contains(row["end_result"], result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Trace_NoOut_WritesUnderResultsBatchTraces()
    {
        var result = CliProcess.Run(_temp.Path, "trace", Repository.TestBatch("small.json"), "--scenario", "s02", "--replication", "5");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.True(File.Exists(_temp["results/small/traces/s02-r5.csv"]), result.All);
        Assert.True(File.Exists(_temp["results/small/traces/s02-r5-outcomes.csv"]), result.All);
    }

    [Theory]
    [InlineData("s99", "0", "--scenario s99")]
    [InlineData("s01", "300", "--replication 300")]
    [InlineData("s01", "-1", "--replication -1")]
    public void Trace_BadScenarioOrReplication_ExitsTwoWithOneLine(string scenario, string replication, string expected)
    {
        var result = CliProcess.Run(_temp.Path, "trace", Repository.TestBatch("small.json"), "--scenario", scenario, "--replication", replication);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["results"]));
    }

    [Fact]
    public void Trace_MissingBatch_ExitsTwo()
    {
        var result = CliProcess.Run(_temp.Path, "trace", _temp["none.json"], "--scenario", "s01", "--replication", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("batch file not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_MissingRequiredOption_ExitsTwo()
    {
        var result = CliProcess.Run(_temp.Path, "trace", Repository.TestBatch("small.json"), "--replication", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--scenario", result.StdErr, StringComparison.Ordinal);
    }

    private static Dictionary<(string, string), Dictionary<string, string>> ReadRaw(string directory)
    {
        var rows = new Dictionary<(string, string), Dictionary<string, string>>();
        using var reader = ReplicationsReader.Open(directory);
        var columns = reader.Columns.Skip(2).ToList();
        while (reader.Read())
        {
            rows[(reader.ScenarioId, reader.Replication.ToString(System.Globalization.CultureInfo.InvariantCulture))] = columns.ToDictionary(c => c, c => reader[c]);
        }

        return rows;
    }
}
