using System.Text.Json;
using Counterfactual.Experiments.Batches;

namespace Counterfactual.Experiments.Tests.Batches;

public sealed class BatchSchemaTests
{
    private static readonly string[] TopLevel =
        ["name", "description", "seed", "replications", "horizon", "levers", "scenarios", "priorSet", "parameters", "design", "claims", "outputs", "adaptive", "maxReplications", "conditioning", "sensitivity", "discovery"];

    [Fact]
    public void Json_IsValidJsonNamingEveryTopLevelPropertyWithDescriptions()
    {
        using var doc = JsonDocument.Parse(BatchSchema.Json);
        var root = doc.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var properties = root.GetProperty("properties");
        Assert.Equal(TopLevel.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(TopLevel, name => Assert.False(string.IsNullOrEmpty(properties.GetProperty(name).GetProperty("description").GetString())));
        Assert.Equal(["name", "seed", "replications"], root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Json_ClosesEveryObjectWithAdditionalPropertiesFalse()
    {
        using var doc = JsonDocument.Parse(BatchSchema.Json);
        var root = doc.RootElement;

        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var levers = root.GetProperty("properties").GetProperty("levers");
        Assert.Contains("additionalProperties\":false", levers.GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var claim = root.GetProperty("properties").GetProperty("claims").GetProperty("items");
        Assert.False(claim.GetProperty("additionalProperties").GetBoolean());
    }
}
