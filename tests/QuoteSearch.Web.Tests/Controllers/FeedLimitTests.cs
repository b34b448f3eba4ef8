using System.Text;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

/// <summary>A feed holds at most 50 entries; undated quotes come after dated ones and take the feed's updated time.</summary>
public sealed class FeedLimitTests(IdentityApp app) : IClassFixture<IdentityApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task PostUndatedArticle(int quotes)
    {
        var text = string.Join("\n\n", Enumerable.Range(1, quotes).Select(i => $"“Buoy number {i} is lit,” said Mara Quist."));
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles?id=buoys")
        {
            Content = new StringContent(text, Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-Api-Key", IdentityApp.ApiKey);
        Assert.True((await client.SendAsync(post)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Fifty_entries_at_most_and_undated_ones_last_with_the_feeds_updated_time()
    {
        await PostUndatedArticle(55);
        var all = await AtomFeeds.Get(client, "/feeds/quotes");
        Assert.Equal(50, all.Items.Count());
        Assert.Equal(new DateTimeOffset(2026, 3, 22, 0, 0, 0, TimeSpan.Zero), all.LastUpdatedTime);
        // The eight dated quotes newest first, then the undated ones, which have no day of their own.
        var dated = all.Items.Take(8).ToList();
        Assert.Equal(dated.Select(e => e.PublishDate).OrderDescending(), dated.Select(e => e.PublishDate));
        Assert.DoesNotContain(dated, e => e.PublishDate == default);
        var undated = all.Items.Skip(8).ToList();
        Assert.All(undated, e => Assert.StartsWith("Mara Quist", e.Title.Text));
        Assert.All(undated, e => Assert.Equal((default, all.LastUpdatedTime), (e.PublishDate, e.LastUpdatedTime)));

        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var speaker = await AtomFeeds.Get(client, "/feeds/speakers/mara-quist");
        Assert.Equal(50, speaker.Items.Count());
        Assert.InRange(speaker.LastUpdatedTime, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.All(speaker.Items, e => Assert.Equal(speaker.LastUpdatedTime, e.LastUpdatedTime));
    }
}
