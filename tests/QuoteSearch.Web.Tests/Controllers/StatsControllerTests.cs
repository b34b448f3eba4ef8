using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

public sealed class StatsControllerTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Stats_count_the_articles_quotes_and_speakers_the_search_and_directory_see()
    {
        using var client = app.CreateClient();
        var stats = JsonDocument.Parse(await client.GetStringAsync("/api/stats")).RootElement;
        var quotes = JsonDocument.Parse(await client.GetStringAsync("/api/quotes?limit=1")).RootElement;
        var speakers = JsonDocument.Parse(await client.GetStringAsync("/api/speakers?limit=1")).RootElement;
        Assert.Equal(1, stats.GetProperty("articles").GetInt32());
        Assert.Equal(quotes.GetProperty("total").GetInt32(), stats.GetProperty("quotes").GetInt32());
        Assert.Equal(speakers.GetProperty("total").GetInt32(), stats.GetProperty("speakers").GetInt32());
    }
}
