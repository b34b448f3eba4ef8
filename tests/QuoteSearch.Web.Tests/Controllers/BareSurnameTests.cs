using System.Net;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

/// <summary>A bare surname quoted on its own, beside two people who share it (adds an article, so it has its own index).</summary>
public sealed class BareSurnameTests(IdentityApp app) : IClassFixture<IdentityApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonElement> Get(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    [Fact]
    public async Task A_bare_surname_two_people_share_is_a_candidate_by_name_and_a_speaker_by_id()
    {
        var text = "Harbour news\n\n“Not before June,” Ostrander said.";
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles?id=harbour-9")
            { Content = new StringContent(text, System.Text.Encoding.UTF8, "text/plain") };
        post.Headers.Add("X-Api-Key", IdentityApp.ApiKey);
        Assert.True((await client.SendAsync(post)).IsSuccessStatusCode);

        var byName = await client.GetAsync("/api/quotes?speaker=Ostrander");
        Assert.Equal(HttpStatusCode.Conflict, byName.StatusCode);
        Assert.Contains("\"ostrander\"", await byName.Content.ReadAsStringAsync());
        Assert.Equal(1, (await Get("/api/speakers/ostrander")).GetProperty("quotes").GetInt32());
        Assert.Equal(1, (await Get("/api/quotes?speaker=ostrander")).GetProperty("total").GetInt32());
    }
}
