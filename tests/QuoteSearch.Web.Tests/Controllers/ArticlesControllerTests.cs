using System.Net;
using System.Text;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

public sealed class ArticlesControllerTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task An_article_comes_back_with_every_paragraph_and_its_quotes()
    {
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/articles/000_f49c1c6e5ef7ea12")).RootElement;
        var paragraphs = body.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(10, paragraphs.Count);
        Assert.Equal("p4", paragraphs[3].GetProperty("anchor").GetString());
        Assert.Contains(
            paragraphs[3].GetProperty("quotes").EnumerateArray(),
            q => q.GetProperty("speaker").GetProperty("name").GetString() == "Kirill Dmitriev");
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var response = await client.GetAsync("/api/articles/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Writing_without_the_key_is_refused(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent("“Hi there,” Bob said.", Encoding.UTF8, "text/plain"),
        };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/000_f49c1c6e5ef7ea12");
        if (key is not null) delete.Headers.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(delete)).StatusCode);
    }

    [Fact]
    public async Task A_posted_article_is_searchable_at_once_and_can_be_deleted()
    {
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles?id=posted-1")
        {
            Content = new StringContent(
                "Headline\n\n“Zebras are underrated animals,” Jane Goodwin said on Monday.", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-Api-Key", SeededApp.ApiKey);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(post)).StatusCode);

        var found = JsonDocument.Parse(await client.GetStringAsync("/api/quotes?q=zebras")).RootElement;
        Assert.Equal("Jane Goodwin", found.GetProperty("hits")[0].GetProperty("speaker").GetProperty("name").GetString());

        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/posted-1");
        delete.Headers.Add("X-Api-Key", SeededApp.ApiKey);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
        var after = JsonDocument.Parse(await client.GetStringAsync("/api/quotes?q=zebras")).RootElement;
        Assert.Equal(0, after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent(new string('x', 200_000), Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-Api-Key", SeededApp.ApiKey);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(post)).StatusCode);
    }
}
