using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Counterfactual.Experiments.Batches.Schema;

namespace Counterfactual.Experiments.Batches;

/// <summary>The JSON Schema (draft 2020-12) of batch files, generated from the C# document types.</summary>
public static class BatchSchema
{
    private static readonly Lazy<string> Text = new(Build);

    /// <summary>The schema as indented JSON.</summary>
    public static string Json => Text.Value;

    private static string Build()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = BatchSchemaContext.Default,
            RespectNullableAnnotations = true,
        };
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = options.GetJsonSchemaAsNode(typeof(BatchDocument), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://counterfactual.invalid/batch.schema.json",
            ["title"] = "Counterfactual batch file",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        // A parameter override is a number or a distribution object: a union the exporter cannot express.
        var parameters = root["properties"]!["parameters"]!.AsObject();
        var prior = parameters["additionalProperties"]!.DeepClone();
        parameters["additionalProperties"] = new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, prior) };
        root["properties"]!["horizon"]!.AsObject()["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$";
        root["properties"]!["name"]!.AsObject()["pattern"] = "^[a-z0-9_-]+$";
        root["properties"]!["design"]!.AsObject()["enum"] = new JsonArray("montecarlo", "lhs", "sobol");
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject obj)
        {
            return schema;
        }

        var provider = context.PropertyInfo?.AttributeProvider ?? (context.PropertyInfo is null ? context.TypeInfo.Type : null);
        var description = provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
        if (description is not null && !obj.ContainsKey("description"))
        {
            obj.Insert(0, "description", description);
        }

        if (context.PropertyInfo is null && context.TypeInfo.Kind == JsonTypeInfoKind.Object && !obj.ContainsKey("additionalProperties"))
        {
            obj["additionalProperties"] = false;
        }

        return obj;
    }

    internal static IEnumerable<string> TopLevelNames() =>
        typeof(BatchDocument).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
}

/// <summary>
/// Compile-time JSON metadata of the batch document types, so that the schema is generated without reflection
/// over their properties (a Native AOT build trims the properties that only reflection would reach). Same schema as
/// the reflection resolver gave.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(BatchDocument))]
internal sealed partial class BatchSchemaContext : JsonSerializerContext;
