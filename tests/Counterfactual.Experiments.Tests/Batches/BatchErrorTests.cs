using System.Text;
using Counterfactual.Experiments.Batches;

namespace Counterfactual.Experiments.Tests.Batches;

/// <summary>Each malformed batch gives exactly one error with the right path and line.</summary>
public sealed class BatchErrorTests
{
    private const string Head = "{\n  \"name\": \"t\",\n  \"seed\": 1,\n  \"replications\": 10,";

    public static TheoryData<string, string, long?, string> Cases => new()
    {
        // body (lines 5.. after Head), expected path, expected line, a word the message must contain
        { "  \"levers\": {\"pact\": [true]},\n  \"colour\": 1\n}", "$.colour", 6, "unknown property" },
        { "  \"levers\": {\"pact\": [true]}\n  \"horizon\": \"1945-01\"\n}", "$", 6, "syntax" },
        { "  \"levers\": {\"pact\": [true]},\n  \"horizon\": \"1941-05\"\n}", "$.horizon", 6, "1941-06" },
        { "  \"levers\": {\"pact\": [true]},\n  \"horizon\": 1945\n}", "$.horizon", 6, "YYYY-MM" },
        { "  \"levers\": {\"pact\": [true]},\n  \"description\": 5\n}", "$.description", 6, "string" },
        { "  \"levers\": {\n    \"pact\": [true],\n    \"pact\": [false]\n  }\n}", "$.levers.pact", 7, "duplicate" },
        { "  \"levers\": {\n    \"sovietEastDivisions\": []\n  }\n}", "$.levers.sovietEastDivisions", 6, "empty" },
        { "  \"levers\": {\n    \"sovietWestDivisions\": [1]\n  }\n}", "$.levers.sovietWestDivisions", 6, "sovietEastDivisions" },
        { "  \"levers\": {\n    \"sovietEastDivisions\": [8, \"NaN\"]\n  }\n}", "$.levers.sovietEastDivisions[1]", 6, "number" },
        { "  \"levers\": {\n    \"sovietEastDivisions\": [8, 201]\n  }\n}", "$.levers.sovietEastDivisions[1]", 6, "200" },
        { "  \"levers\": {\n    \"pact\": [\"yes\"]\n  }\n}", "$.levers.pact[0]", 6, "true or false" },
        { "  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibilty\": 0.5\n  }\n}", "$.parameters.pactCredibilty", 7, "pactCredibility" },
        { "  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibility\": {\"normal\": [0.5, 0]}\n  }\n}", "$.parameters.pactCredibility.normal", 7, "sd" },
        { "  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibility\": {\"normal\": [0.5, -1]}\n  }\n}", "$.parameters.pactCredibility.normal", 7, "sd" },
        { "  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibility\": {\"triangular\": [0.9, 0.5, 0.1]}\n  }\n}", "$.parameters.pactCredibility.triangular", 7, "low" },
        { "  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibility\": {\"beta\": [0, 2]}\n  }\n}", "$.parameters.pactCredibility.beta", 7, "a > 0" },
        { "  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibility\": 1.5\n  }\n}", "$.parameters.pactCredibility", 7, "[0, 1]" },
        { "  \"levers\": {\"pact\": [true]},\n  \"parameters\": {\n    \"pactCredibility\": \"Infinity\"\n  }\n}", "$.parameters.pactCredibility", 7, "number" },
        { "  \"levers\": {\"pact\": [true]},\n  \"priorSet\": \"no-such-historian\"\n}", "$.priorSet", 6, "prior set" },
        { "  \"levers\": {\"pact\": [true]},\n  \"design\": \"sobol\"\n}", "$.design", 6, "not supported" },
        { "  \"levers\": {\"pact\": [true]},\n  \"scenarios\": [{}]\n}", "$.scenarios", 6, "not both" },
        { "  \"levers\": {\"pact\": [true, false]},\n  \"claims\": [\n    {\"id\": \"x\", \"metric\": \"max_german_depth_kms\", \"a\": {\"pact\": true}, \"b\": {\"pact\": false}, \"test\": \"difference\"}\n  ]\n}", "$.claims[0].metric", 7, "max_german_depth_km" },
        { "  \"levers\": {\"pact\": [true, false]},\n  \"claims\": [\n    {\"id\": \"x\", \"metric\": \"end_result\", \"state\": \"WIN\", \"a\": {\"pact\": true}, \"b\": {\"pact\": false}, \"test\": \"difference\"}\n  ]\n}", "$.claims[0].state", 7, "unknown state" },
        { "  \"levers\": {\"pact\": [true, false]},\n  \"claims\": [\n    {\"id\": \"x\", \"metric\": \"war_end_month\", \"a\": {\"pact\": true}, \"b\": {\"pact\": false}, \"test\": \"difference\"},\n    {\"id\": \"y\", \"metric\": \"war_end_month\", \"a\": {\"pact\": true}, \"b\": {\"pact\": false}, \"test\": \"difference\",\n     \"margin\": -1}\n  ]\n}", "$.claims[1].margin", 9, "margin" },
        { "  \"levers\": {\"pact\": [true, false]},\n  \"claims\": [\n    {\"id\": \"x\", \"metric\": \"war_end_month\", \"a\": {\"pact\": true}, \"b\": {\"pact\": true}, \"test\": \"difference\"}\n  ]\n}", "$.claims[0]", 7, "same scenario" },
        { "  \"levers\": {\"pact\": [true, false]},\n  \"claims\": [\n    {\"id\": \"x\", \"metric\": \"war_end_month\", \"a\": {\"pact\": true}, \"b\": {\"pact\": false}, \"test\": \"superiority\"}\n  ]\n}", "$.claims[0].expect", 7, "greater" },
        { "  \"levers\": {\"pact\": [true, false]},\n  \"claims\": [\n    {\"id\": \"x\", \"metric\": \"war_end_month\", \"a\": {\"pact\": true}, \"b\": {\"pact\": false}, \"test\": \"difference\", \"alpha\": 0.5}\n  ]\n}", "$.claims[0].alpha", 7, "alpha" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_MalformedBatch_ReportsOneErrorWithPathAndLine(string body, string path, long? line, string word)
    {
        var result = BatchLoader.Parse(Head + "\n" + body, "bad.json");

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(word, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.Equal("bad.json", error.Source);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1000000000")]
    [InlineData("2.5")]
    [InlineData("\"NaN\"")]
    [InlineData("1e400")]
    public void Parse_BadReplicationCount_ReportsReplicationsPath(string value)
    {
        var result = BatchLoader.Parse($"{{\n  \"name\": \"t\",\n  \"seed\": 1,\n  \"replications\": {value},\n  \"levers\": {{\"pact\": [true]}}\n}}", "bad.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.replications", error.Path);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void Parse_NonFiniteNumberLiteral_IsASyntaxErrorWithLine(string literal)
    {
        var result = BatchLoader.Parse($"{{\n  \"name\": \"t\",\n  \"seed\": {literal},\n  \"replications\": 1\n}}", "bad.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_MissingRequiredProperties_ReportsEach()
    {
        var result = BatchLoader.Parse("{}", "bad.json");

        Assert.Equal(["$.name", "$.seed", "$.replications", "$.levers"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Parse_DeepNesting_IsRefusedCleanly()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var result = BatchLoader.Parse($"{{\n  \"description\": {deep}\n}}", "deep.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_InputOverOneMegabyte_IsRefusedWithOneError()
    {
        var big = "{\"description\": \"" + new string('x', BatchLoader.MaxBytes) + "\"}";

        var error = Assert.Single(BatchLoader.Parse(Encoding.UTF8.GetBytes(big), "big.json").Errors);
        Assert.Contains("1 MB", error.Message, StringComparison.Ordinal);
        Assert.Single(BatchLoader.Parse(big, "big.json").Errors);
    }

    [Fact]
    public void Parse_InvalidUtf8_GivesOneCleanError()
    {
        byte[] bytes = [.. "{\"name\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        var error = Assert.Single(BatchLoader.Parse(bytes, "bin.json").Errors);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"name\": \"t\"")]
    public void Parse_NotABatchObject_GivesErrorsNotExceptions(string text)
    {
        var result = BatchLoader.Parse(text, "x.json");

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Errors);
    }
}
