using System.Net;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

public sealed class SpeakerDirectoryApiTests(IdentityApp app) : IClassFixture<IdentityApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonElement> Get(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();

    [Theory]
    [InlineData("quotes", new[] { "harriet-ostrander", "coastal-shipping-authority", "timothy-lindqvist", "walter-ostrander" })]
    [InlineData("name", new[] { "coastal-shipping-authority", "harriet-ostrander", "timothy-lindqvist", "walter-ostrander" })]
    [InlineData("latest", new[] { "coastal-shipping-authority", "timothy-lindqvist", "harriet-ostrander", "walter-ostrander" })]
    public async Task The_directory_sorts_by_quotes_name_or_latest_quote(string sort, string[] expected) =>
        Assert.Equal(expected, Ids(await Get($"/api/speakers?sort={sort}")));

    [Fact]
    public async Task The_directory_filters_by_type_and_prefix_and_pages()
    {
        Assert.Equal(["coastal-shipping-authority"], Ids(await Get("/api/speakers?type=organisation")));
        Assert.Equal(["harriet-ostrander", "walter-ostrander"], Ids(await Get("/api/speakers?prefix=ostr")));
        var second = await Get("/api/speakers?type=person&limit=2&offset=2");
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(["walter-ostrander"], Ids(second));
    }

    [Fact]
    public async Task Each_speaker_has_aliases_and_first_and_last_quote_dates()
    {
        var tim = (await Get("/api/speakers?prefix=lindqvist")).GetProperty("speakers")[0];
        Assert.Equal("Timothy Lindqvist", tim.GetProperty("name").GetString());
        Assert.Equal(["Tim Lindqvist"], tim.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2026-02-03", tim.GetProperty("firstQuote").GetString());
        Assert.Equal("2026-03-20", tim.GetProperty("lastQuote").GetString());
        Assert.Equal(2, tim.GetProperty("quotes").GetInt32());
    }

    [Theory]
    [InlineData("timothy-lindqvist")]
    [InlineData("Tim Lindqvist")]
    [InlineData("Lindqvist")]
    [InlineData("lindquist")]
    public async Task A_speaker_filter_takes_an_id_a_name_a_surname_or_a_variant(string speaker)
    {
        var page = await Get($"/api/quotes?speaker={Uri.EscapeDataString(speaker)}");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        // Each article wrote the name its own way; every hit carries the one id of the person.
        Assert.All(page.GetProperty("hits").EnumerateArray(), h => Assert.Equal("timothy-lindqvist",
            h.GetProperty("speaker").GetProperty("id").GetString()));
        Assert.Equal(["Tim Lindqvist", "Timothy Lindqvist"],
            page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("speaker").GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task A_surname_two_people_share_lists_the_candidates_with_ids_and_counts()
    {
        var response = await client.GetAsync("/api/quotes?speaker=Ostrander");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var candidates = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("candidates");
        Assert.Equal(["harriet-ostrander:3", "walter-ostrander:1"],
            candidates.EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()}:{c.GetProperty("quotes").GetInt32()}"));
    }

    [Fact]
    public async Task A_name_no_one_has_says_so_with_the_nearest_names()
    {
        var response = await client.GetAsync("/api/quotes?speaker=Ostrandr%20Harriett%20Jr.");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("no speaker matches", body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/quotes?speaker=Quentin")).StatusCode);
    }

    [Fact]
    public async Task An_acronym_is_not_a_speaker_it_does_not_spell() =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/quotes?speaker=CSB")).StatusCode);

    [Fact]
    public async Task Bad_directory_parameters_are_a_400()
    {
        foreach (var query in new[] { "sort=loudest", "type=robot", "limit=0", "offset=-1" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/speakers?{query}")).StatusCode);
        }
    }
}
