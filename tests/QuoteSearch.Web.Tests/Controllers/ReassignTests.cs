using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

/// <summary>One quote given to another speaker through the API (its own index: it moves counts other tests check).</summary>
public sealed class ReassignTests(IdentityApp app) : IClassFixture<IdentityApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonElement> Get(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", IdentityApp.ApiKey);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_reassigned_quote_moves_to_the_other_speaker_everywhere_and_stays_after_re_ingest()
    {
        var quote = (await Get("/api/quotes?q=dredging")).GetProperty("hits")[0].GetProperty("id").GetString()!;
        var made = await Send(HttpMethod.Post, "/api/speakers/corrections",
            JsonContent.Create(new { kind = "reassign", quote, into = "Walter Ostrander", who = "Night desk" }));
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);

        async Task Moved()
        {
            var walter = await Get("/api/quotes?speaker=walter-ostrander&q=dredging");
            Assert.Equal(1, walter.GetProperty("total").GetInt32());
            var speaker = walter.GetProperty("hits")[0].GetProperty("speaker");
            Assert.Equal("walter-ostrander", speaker.GetProperty("id").GetString());
            Assert.Equal("Walter Ostrander", speaker.GetProperty("name").GetString());
            Assert.Equal(2, (await Get("/api/speakers/walter-ostrander")).GetProperty("quotes").GetInt32());
            Assert.Equal(0, (await Get("/api/quotes?speaker=coastal-shipping-authority&q=dredging")).GetProperty("total").GetInt32());
            Assert.Equal(1, (await Get("/api/speakers/coastal-shipping-authority")).GetProperty("quotes").GetInt32());
        }
        await Moved();

        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, "/api/articles/harbour-3")).StatusCode);
        var text = "Works\n\n“We start on Monday,” Tim Lindqvist said.\n\n“Dredging is done,” the Coastal Shipping Authority said.";
        Assert.True((await Send(HttpMethod.Post, "/api/articles?id=harbour-3", new StringContent(text, Encoding.UTF8,
            "text/plain"))).IsSuccessStatusCode);
        await Moved();

        var number = (await Get("/api/speakers/corrections")).EnumerateArray().Last().GetProperty("number").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await Send(HttpMethod.Post, $"/api/speakers/corrections/{number}/undo")).StatusCode);
        Assert.Equal(1, (await Get("/api/quotes?speaker=coastal-shipping-authority&q=dredging")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_quote_the_index_does_not_hold_cannot_be_reassigned()
    {
        var response = await Send(HttpMethod.Post, "/api/speakers/corrections",
            JsonContent.Create(new { kind = "reassign", quote = "no-such-article.0", into = "walter-ostrander" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
