using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace QuoteSearch.Web.OpenApi;

/// <summary>
/// The request body of an action that reads its body itself: one content entry per <c>[Consumes]</c> media type.
/// </summary>
public sealed class RawRequestBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var body = metadata.OfType<RequestBodyAttribute>().FirstOrDefault();
        if (body is null) return;
        var content = new Dictionary<string, OpenApiMediaType>();
        foreach (var mediaType in metadata.OfType<ConsumesAttribute>().SelectMany(c => c.ContentTypes).Distinct())
        {
            var schema = mediaType.EndsWith("json", StringComparison.Ordinal)
                ? await context.GetOrCreateSchemaAsync(body.JsonType, null, cancellationToken)
                : new OpenApiSchema { Type = JsonSchemaType.String, Description = $"the article as {mediaType}" };
            content[mediaType] = new OpenApiMediaType { Schema = schema };
        }
        operation.RequestBody = new OpenApiRequestBody { Required = true, Content = content };
    }
}
