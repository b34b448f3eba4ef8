using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace QuoteSearch.Web.OpenApi;

/// <summary>Gives each query parameter marked <see cref="QueryParameterAttribute"/> its documented type, values and description.</summary>
public sealed class QueryParameterTypes : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var metadata = description.ModelMetadata;
            var declared = metadata?.ContainerType?.GetProperty(metadata.PropertyName ?? "")?.GetCustomAttribute<QueryParameterAttribute>();
            if (declared is null) continue;
            var parameter = operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == description.Name);
            if (parameter is null) continue;
            parameter.Description = declared.Description;
            parameter.Schema = Schema(declared);
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema Schema(QueryParameterAttribute declared)
    {
        var integer = declared.Type == "integer";
        var schema = new OpenApiSchema { Type = integer ? JsonSchemaType.Integer : JsonSchemaType.String, Format = declared.Format };
        if (integer && declared.Minimum != int.MinValue) schema.Minimum = declared.Minimum.ToString(CultureInfo.InvariantCulture);
        if (integer && declared.Maximum != int.MaxValue) schema.Maximum = declared.Maximum.ToString(CultureInfo.InvariantCulture);
        if (declared.Values.Length > 0) schema.Enum = declared.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        if (declared.Default is not { } value) return schema;
        schema.Default = integer ? JsonValue.Create(int.Parse(value, CultureInfo.InvariantCulture)) : JsonValue.Create(value);
        return schema;
    }
}
