using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

/// <summary>The Atom feeds over invented articles: four dates, two Ostranders, a Lindqvist written two ways.</summary>
public sealed class FeedsControllerTests(IdentityApp app) : IClassFixture<IdentityApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonElement> Json(string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_feed_of_every_quote_is_newest_first_and_links_each_entry_to_its_paragraph_as_the_api_does()
    {
        var feed = await AtomFeeds.Get(client, "/feeds/quotes");
        var hits = (await Json("/api/quotes?sort=date&limit=50")).GetProperty("hits").EnumerateArray()
            .ToDictionary(h => h.GetProperty("id").GetString()!);
        var entries = feed.Items.ToList();
        Assert.Equal(hits.Count, entries.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 22, 0, 0, 0, TimeSpan.Zero), entries[0].LastUpdatedTime);
        Assert.Equal(entries.Select(e => e.LastUpdatedTime).OrderDescending(), entries.Select(e => e.LastUpdatedTime));
        Assert.Equal(entries[0].LastUpdatedTime, feed.LastUpdatedTime);
        foreach (var entry in entries)
        {
            var hit = hits[entry.Id["urn:quotesearch:quote:".Length..]];
            Assert.Equal("http://localhost" + hit.GetProperty("link").GetString(), AtomFeeds.Link(entry));
            Assert.Matches(@"^http://localhost/article\.html\?id=(harbour-\d)&quote=\1\.\d+#p\d$", AtomFeeds.Link(entry));
        }
    }

    [Fact]
    public async Task An_entry_names_the_speaker_and_the_first_words_and_holds_the_quote_role_outlet_and_date()
    {
        var feed = await AtomFeeds.Get(client, "/feeds/quotes?q=pier");
        var entry = Assert.Single(feed.Items);
        var hit = (await Json("/api/quotes?q=pier")).GetProperty("hits")[0];
        Assert.Equal($"urn:quotesearch:quote:{hit.GetProperty("id").GetString()}", entry.Id);
        Assert.StartsWith("Harriet Ostrander: “The pier reopens in spring", entry.Title.Text);
        Assert.Equal("Harriet Ostrander", Assert.Single(entry.Authors).Name);
        Assert.Equal("http://localhost/speaker.html?id=harriet-ostrander", entry.Authors[0].Uri);
        var content = Assert.IsType<TextSyndicationContent>(entry.Content);
        Assert.Equal("html", content.Type);
        Assert.Contains("The pier reopens in spring", content.Text);
        Assert.Contains("Harriet Ostrander", content.Text);
        Assert.Contains(hit.GetProperty("article").GetProperty("outlet").GetString()!, content.Text);
        Assert.Contains("2026-01-12", content.Text);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 0, 0, 0, TimeSpan.Zero), entry.PublishDate);
    }

    [Fact]
    public async Task A_search_feed_takes_the_filters_of_the_api_and_says_what_it_follows()
    {
        var feed = await AtomFeeds.Get(client, "/feeds/quotes?speaker=Lindqvist&from=2026-03-01&kind=direct");
        var entry = Assert.Single(feed.Items);
        Assert.Contains("We start on Monday", entry.Title.Text);
        Assert.Equal("QuoteSearch: new quotes by Timothy Lindqvist, direct from 2026-03-01", feed.Title.Text);
        // One search, one feed id, whatever name it was asked by: the canonical self link.
        const string self = "http://localhost/feeds/quotes?speaker=timothy-lindqvist&from=2026-03-01&kind=direct";
        Assert.Equal(self, feed.Id);
        Assert.Equal(self, feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_speaker_feed_resolves_a_name_as_the_profile_does()
    {
        var feed = await AtomFeeds.Get(client, "/feeds/speakers/Harriet%20Ostrander");
        Assert.Equal("QuoteSearch: new quotes by Harriet Ostrander", feed.Title.Text);
        Assert.Equal("http://localhost/feeds/speakers/harriet-ostrander", feed.Id);
        Assert.Equal(3, feed.Items.Count());
        Assert.All(feed.Items, e => Assert.Equal("Harriet Ostrander", e.Authors.Single().Name));
        var page = feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri;
        Assert.Equal("http://localhost/speaker.html?id=harriet-ostrander", page);
    }

    [Theory]
    [InlineData("/feeds/speakers/Ostrander", HttpStatusCode.Conflict, "candidates")]
    [InlineData("/feeds/quotes?speaker=Ostrander", HttpStatusCode.Conflict, "candidates")]
    [InlineData("/feeds/speakers/Quentin%20Nobody", HttpStatusCode.NotFound, "nearest")]
    [InlineData("/feeds/quotes?speaker=Quentin%20Nobody", HttpStatusCode.NotFound, "nearest")]
    public async Task A_speaker_that_is_not_exactly_one_answers_as_the_api_does(string path, HttpStatusCode status, string list)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Array, body.GetProperty(list).ValueKind);
        var api = await Json(path.Replace("/feeds/speakers/", "/api/speakers/").Replace("/feeds/quotes", "/api/quotes"), status);
        Assert.Equal(api.GetProperty(list).ToString(), body.GetProperty(list).ToString());
    }

    [Theory]
    [InlineData("q=%28pier")]
    [InlineData("q=*pier")]
    [InlineData("from=2026-13-01")]
    [InlineData("from=2026-03-01&to=2026-01-01")]
    [InlineData("kind=loud")]
    public async Task A_query_or_filter_that_cannot_be_read_is_a_400_with_the_apis_message(string query)
    {
        var response = await client.GetAsync("/feeds/quotes?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        var api = await Json("/api/quotes?" + query, HttpStatusCode.BadRequest);
        Assert.Equal(api.GetProperty("detail").GetString(), detail);
    }
}
