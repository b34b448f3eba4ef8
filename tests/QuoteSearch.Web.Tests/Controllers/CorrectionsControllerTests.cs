using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

/// <summary>Corrections through the API: made with the key, applied everywhere, kept across re-ingest, audited, undone.</summary>
public sealed class CorrectionsControllerTests(IdentityApp app) : IClassFixture<IdentityApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonElement> Get(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? content = null, bool key = true)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (key) request.Headers.Add("X-Api-Key", IdentityApp.ApiKey);
        return await client.SendAsync(request);
    }

    private Task<HttpResponseMessage> Correct(object body, bool key = true) =>
        Send(HttpMethod.Post, "/api/speakers/corrections", JsonContent.Create(body), key);

    [Fact]
    public async Task A_merge_survives_deleting_and_re_ingesting_the_articles_and_can_be_undone()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Correct(new { kind = "merge", speaker = "Walter Ostrander",
            into = "harriet-ostrander" }, key: false)).StatusCode);
        var made = await Correct(new { kind = "merge", speaker = "Walter Ostrander", into = "harriet-ostrander", who = "Desk editor" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var number = JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetInt32();

        var merged = await Get("/api/speakers/harriet-ostrander");
        Assert.Equal(4, merged.GetProperty("quotes").GetInt32());
        Assert.Contains("Walter Ostrander", merged.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(4, (await Get("/api/quotes?speaker=Ostrander")).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, "/api/articles/harbour-1")).StatusCode);
        // Walter's only article is gone: the merge waits for his name to come back.
        Assert.Equal(1, (await Get("/api/speakers/harriet-ostrander")).GetProperty("quotes").GetInt32());
        var text = "Harbour news\n\n“The pier reopens in spring,” said Harriet Ostrander.\n\n"
            + "“We have the money,” Walter Ostrander said.\n\n“Not yet,” Harriet Ostrander replied.";
        Assert.True((await Send(HttpMethod.Post, "/api/articles?id=harbour-1", new StringContent(text, Encoding.UTF8,
            "text/plain"))).IsSuccessStatusCode);
        Assert.Equal(4, (await Get("/api/speakers/harriet-ostrander")).GetProperty("quotes").GetInt32());

        var audit = (await Get("/api/speakers/corrections")).EnumerateArray().Single(c => c.GetProperty("number").GetInt32() == number);
        Assert.Equal("Desk editor", audit.GetProperty("who").GetString());
        Assert.Equal("merge", audit.GetProperty("kind").GetString());
        Assert.True(audit.TryGetProperty("when", out _));

        Assert.Equal(HttpStatusCode.Created, (await Send(HttpMethod.Post,
            $"/api/speakers/corrections/{number}/undo?who=Desk%20editor")).StatusCode);
        Assert.Equal(3, (await Get("/api/speakers/harriet-ostrander")).GetProperty("quotes").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync("/api/quotes?speaker=Ostrander")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Post, $"/api/speakers/corrections/{number}/undo")).StatusCode);
    }

    [Fact]
    public async Task A_rename_and_a_split_apply_to_the_directory()
    {
        Assert.Equal(HttpStatusCode.Created, (await Correct(new { kind = "rename",
            speaker = "coastal-shipping-authority", name = "Coastal Shipping Authority (CSA)" })).StatusCode);
        Assert.Equal("Coastal Shipping Authority (CSA)",
            (await Get("/api/speakers/coastal-shipping-authority")).GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.Created, (await Correct(new { kind = "split", speaker = "timothy-lindqvist",
            alias = "Tim Lindqvist" })).StatusCode);
        Assert.Equal(1, (await Get("/api/speakers/timothy-lindqvist")).GetProperty("quotes").GetInt32());
        Assert.Equal(1, (await Get("/api/speakers/tim-lindqvist")).GetProperty("quotes").GetInt32());
    }

    [Theory]
    [InlineData("{\"kind\":\"merge\",\"speaker\":\"nobody-here\",\"into\":\"harriet-ostrander\"}")]
    [InlineData("{\"kind\":\"merge\",\"speaker\":\"harriet-ostrander\",\"into\":\"harriet-ostrander\"}")]
    [InlineData("{\"kind\":\"rename\",\"speaker\":\"harriet-ostrander\",\"name\":\" \"}")]
    [InlineData("{\"kind\":\"split\",\"speaker\":\"walter-ostrander\",\"alias\":\"Walter Ostrander\"}")]
    [InlineData("{\"kind\":\"delete\",\"speaker\":\"harriet-ostrander\"}")]
    public async Task A_correction_that_cannot_be_made_is_a_400_and_stores_nothing(string body)
    {
        var before = (await Get("/api/speakers/corrections")).GetArrayLength();
        var response = await Send(HttpMethod.Post, "/api/speakers/corrections", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await Get("/api/speakers/corrections")).GetArrayLength());
    }
}
