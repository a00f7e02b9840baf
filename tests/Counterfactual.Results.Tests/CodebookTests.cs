using System.Text.Json;
using CsvHelper;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Results.Tests.Support;

namespace Counterfactual.Results.Tests;

public sealed class CodebookTests
{
    [Fact]
    public void Codebook_WrittenResultSetWithRaw_HasARowForEveryColumnOfEveryFile()
    {
        using var dir = new TempDirectory();
        var parameterNames = ParameterTable.Default.Definitions.Select(d => d.Name).ToArray();
        using (var sink = new CsvRawSink(dir.Path))
        {
            sink.Begin(parameterNames);
            sink.Write("s01", 0, SampleOutcomes.Historical(), new double[parameterNames.Length]);
            sink.Complete();
        }

        ResultSetWriter.Write(SampleResults.Create(), dir.Path, includesRaw: true);
        var codebook = ResultSetReader.ReadCodebook(dir.Path).Select(r => (r.File, r.Column)).ToHashSet();

        var csvFiles = Directory.GetFiles(dir.Path, "*.csv").Select(Path.GetFileName).ToArray();
        Assert.Equal(8, csvFiles.Length);
        foreach (var file in csvFiles)
        {
            using var reader = CsvReader.FromFile(Path.Combine(dir.Path, file!));
            reader.ReadHeader();
            Assert.NotEmpty(reader.Headers);
            foreach (var column in reader.Headers)
            {
                Assert.True(codebook.Contains((file!, column)), $"codebook.csv has no row for {file} / {column}");
            }
        }

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(dir.File(ResultFiles.Manifest)));
        foreach (var key in manifest.RootElement.EnumerateObject())
        {
            Assert.True(codebook.Contains((ResultFiles.Manifest, key.Name)), $"codebook.csv has no row for manifest key {key.Name}");
        }
    }

    [Fact]
    public void Build_Always_ExplainsEveryMetricAndTrajectoryVariable()
    {
        var rows = Codebook.Build(SampleResults.LeverNames, includesRaw: false);
        foreach (var metric in MetricCatalog.PerReplication)
        {
            var row = Assert.Single(rows, r => r.File == "metrics" && r.Column == metric.Name);
            Assert.Equal(metric.Unit, row.Unit);
            Assert.StartsWith(metric.Description, row.Meaning, StringComparison.Ordinal);
        }

        foreach (var variable in MetricCatalog.Trajectories)
        {
            Assert.Single(rows, r => r.File == "variables" && r.Column == variable.Name);
        }
    }

    [Fact]
    public void Build_WithoutRaw_HasNoReplicationsRows()
    {
        var rows = Codebook.Build(SampleResults.LeverNames, includesRaw: false);
        Assert.DoesNotContain(rows, r => r.File == ResultFiles.Replications);
    }

    [Fact]
    public void Build_ParameterColumns_TakeUnitAndMeaningFromParameterTable()
    {
        var rows = Codebook.Build(SampleResults.LeverNames, includesRaw: true);
        foreach (var parameter in ParameterTable.Default.Definitions)
        {
            var row = Assert.Single(rows, r => r.File == ResultFiles.Replications && r.Column == "param_" + parameter.Name);
            Assert.Equal(parameter.Unit, row.Unit);
            Assert.Contains(parameter.Meaning, row.Meaning, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_Always_EveryRowHasTypeAndMeaning()
    {
        foreach (var row in Codebook.Build(SampleResults.LeverNames, includesRaw: true))
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Type), $"{row.File}/{row.Column} has no type");
            Assert.False(string.IsNullOrWhiteSpace(row.Meaning), $"{row.File}/{row.Column} has no meaning");
        }
    }
}
