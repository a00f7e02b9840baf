using System.Text;
using Counterfactual.Experiments.Batches;

namespace Counterfactual.Experiments.Tests.Batches;

/// <summary>Messages for inputs found by the hostile-input corpus (tests/Counterfactual.Worker.Tests/HostileInput).</summary>
public sealed class BatchLoaderMessageTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("  \n\t\n")]
    [InlineData("// only a comment\n")]
    public void Parse_NoJsonValue_SaysTheFileHoldsNoJsonValue(string text)
    {
        var error = Assert.Single(BatchLoader.Parse(Encoding.UTF8.GetBytes(text), "b.json").Errors);

        Assert.Equal("$", error.Path);
        Assert.StartsWith("the file holds no JSON value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": \"b\", \"seed\": 1, \"replications\": NaN}", "NaN")]
    [InlineData("{\"name\": \"b\", \"seed\": 1, \"replications\": Infinity}", "Infinity")]
    [InlineData("{\"name\": \"b\", \"seed\": 1, \"replications\": [1, -Infinity]}", "-Infinity")]
    public void Parse_NonJsonNumberLiteral_NamesTheLiteral(string text, string literal)
    {
        var error = Assert.Single(BatchLoader.Parse(text, "b.json").Errors);

        Assert.Equal("$", error.Path);
        Assert.Equal($"syntax error: {literal} is not a JSON number; batch values must be finite numbers", error.Message);
    }

    [Fact]
    public void Parse_EquivalenceWithoutMargin_PointsAtTheClaimsMarginOnItsLine()
    {
        const string Text = "{\n  \"name\": \"b\",\n  \"seed\": 1,\n  \"replications\": 10,\n  \"levers\": {\"pact\": [true, false]},\n  \"claims\": [\n    {\"id\": \"c\", \"metric\": \"war_end_month\", \"a\": {\"pact\": true}, \"b\": {\"pact\": false}, \"test\": \"equivalence\"}\n  ]\n}\n";

        var error = Assert.Single(BatchLoader.Parse(Text, "b.json").Errors);

        Assert.Equal("$.claims[0].margin", error.Path);
        Assert.Equal(7, error.Line);
        Assert.Contains("margin > 0", error.Message, StringComparison.Ordinal);
    }
}
