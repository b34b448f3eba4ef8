using Microsoft.OpenApi;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.OpenApi;

/// <summary>The OpenAPI document as a client generator reads it (Microsoft.OpenApi), not as text.</summary>
public sealed class OpenApiDocumentTests(SeededApp app) : IClassFixture<SeededApp>
{
    private async Task<OpenApiDocument> Document()
    {
        await using var stream = await app.CreateClient().GetStreamAsync("/openapi/v1.json");
        var read = await OpenApiDocument.LoadAsync(stream, "json");
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        return read.Document!;
    }

    private static IEnumerable<(string Name, HttpMethod Method, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        document.Paths.SelectMany(path => (path.Value.Operations ?? []).Select(op => (path.Key, op.Key, op.Value)));

    [Fact]
    public async Task Every_endpoint_has_a_typed_schema_for_each_response_that_has_a_body()
    {
        var document = await Document();
        Assert.NotEmpty(Operations(document));
        var missing = new List<string>();
        foreach (var (path, method, operation) in Operations(document))
        {
            var succeeds = operation.Responses?.Keys.Any(k => k.StartsWith('2')) == true;
            if (!succeeds) missing.Add($"{method} {path}: no success response");
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (status == "204") continue;
                var content = response.Content ?? new Dictionary<string, OpenApiMediaType>();
                var typed = content.Count > 0 && content.Values.All(c => c.Schema is not null);
                if (!typed) missing.Add($"{method} {path}: {status} has no schema");
            }
        }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("/api/quotes", "limit", JsonSchemaType.Integer, "int32")]
    [InlineData("/api/quotes", "from", JsonSchemaType.String, "date")]
    [InlineData("/api/quotes", "q", JsonSchemaType.String, null)]
    [InlineData("/api/speakers/{id}/quotes", "kind", JsonSchemaType.String, null)]
    [InlineData("/api/speakers", "limit", JsonSchemaType.Integer, "int32")]
    [InlineData("/feeds/quotes", "from", JsonSchemaType.String, "date")]
    [InlineData("/feeds/quotes", "speaker", JsonSchemaType.String, null)]
    public async Task Query_parameters_appear_as_typed_in_the_query_string(
        string path, string name, JsonSchemaType type, string? format)
    {
        var operation = (await Document()).Paths[path].Operations![HttpMethod.Get];
        var parameter = Assert.Single(operation.Parameters!, p => p.Name == name && p.In == ParameterLocation.Query);
        Assert.Equal(type, parameter.Schema!.Type!.Value & ~JsonSchemaType.Null);
        Assert.Equal(format, parameter.Schema.Format);
    }

    [Theory]
    [InlineData("/feeds/quotes")]
    [InlineData("/feeds/speakers/{id}")]
    public async Task A_feed_answers_atom_and_says_why_it_would_not(string path)
    {
        var responses = (await Document()).Paths[path].Operations![HttpMethod.Get].Responses!;
        Assert.Equal(["application/atom+xml"], responses["200"].Content!.Keys);
        Assert.Equal(JsonSchemaType.String, responses["200"].Content!["application/atom+xml"].Schema!.Type!.Value & ~JsonSchemaType.Null);
        Assert.Contains("409", responses.Keys);
        Assert.Contains("404", responses.Keys);
    }

    [Fact]
    public async Task No_parameter_keeps_its_csharp_name_and_enumerations_list_their_values()
    {
        var document = await Document();
        var parameters = Operations(document).SelectMany(o => o.Operation.Parameters ?? []).ToList();
        Assert.All(parameters, p => Assert.True(char.IsLower(p.Name![0]), $"{p.Name} is not named as in the query string"));
        var kind = parameters.First(p => p.Name == "kind");
        Assert.Equal(["direct", "partial", "indirect"], kind.Schema!.Enum!.Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task Posting_an_article_describes_its_three_bodies_and_needs_the_api_key()
    {
        var document = await Document();
        var post = document.Paths["/api/articles"].Operations![HttpMethod.Post];
        Assert.Equal(["text/plain", "text/html", "application/json"], post.RequestBody!.Content!.Keys);
        var json = post.RequestBody.Content["application/json"].Schema!;
        Assert.Contains("html", json.Properties!.Keys);
        Assert.Contains("text", json.Properties.Keys);

        var scheme = document.Components!.SecuritySchemes!["ApiKey"];
        var expected = (SecuritySchemeType.ApiKey, ParameterLocation.Header, "X-Api-Key");
        Assert.Equal(expected, (scheme.Type!.Value, scheme.In!.Value, scheme.Name));
        foreach (var (path, method, operation) in Operations(document))
        {
            var secured = operation.Security?.Any(r => r.Keys.Any(k => k.Reference.Id == "ApiKey")) == true;
            Assert.True(secured == (method != HttpMethod.Get), $"{method} {path}: security {secured}");
        }
    }

    [Fact]
    public async Task No_schema_shows_internal_fields()
    {
        var schemas = (await Document()).Components!.Schemas!;
        string[] internals = ["ids", "fingerprint", "paragraphText"];
        var exposed = schemas.SelectMany(s => (s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>()).Keys.Select(p => (s.Key, p)))
            .Where(property => internals.Contains(property.p)).ToList();
        Assert.Empty(exposed);
    }

    [Fact]
    public async Task A_hit_context_is_typed_as_a_nullable_string()
    {
        var quote = (await Document()).Components!.Schemas!["QuoteDto"];
        var context = quote.Properties!["context"];
        Assert.True(context.Type!.Value.HasFlag(JsonSchemaType.String), $"{context.Type}");
        Assert.True(context.Type!.Value.HasFlag(JsonSchemaType.Null), $"{context.Type}");
    }
}
