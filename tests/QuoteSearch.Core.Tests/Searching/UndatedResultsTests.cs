using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>Articles without a date, and without a title, as a search shows them.</summary>
public sealed class UndatedResultsTests : IDisposable
{
    private readonly TempDir folder = new();
    private readonly QuoteIndex index;

    public UndatedResultsTests()
    {
        var feed = folder.File("feed.jsonl", string.Join('\n',
            Line("dated", "https://www.gazette.example/a", "2026-01-10", "Vote", "“The bridge opens in spring,” said Tobias Lindgren."),
            Line("undated-1", "https://hosted.wire.example/b", null, null, "“The bridge will cost more,” said Tobias Lindgren."),
            Line("undated-2", null, null, null, "“The bridge is a mistake,” said Mara Quist.")));
        index = QuoteIndex.Open(Path.Combine(folder.Path, "index"), writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        foreach (var outcome in ArticleFileReader.CreateDefault().ReadAll([feed])) ingest.Add(outcome.Article!);
        ingest.Commit();
    }

    private static string Line(string id, string? url, string? published, string? title, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new { id, url, published, title, text });

    private SearchPage Search(SearchRequest request) => new QuoteSearcher(index).Search(request).Value!;

    [Theory]
    [InlineData("bridge", null, 3, 2)]
    [InlineData("bridge", "2026-01-01", 1, 2)]
    [InlineData("cost", "2026-01-01", 0, 1)]
    [InlineData("spring", null, 1, 0)]
    public void A_page_says_how_many_results_have_no_date(string query, string? from, int total, int undated)
    {
        var page = Search(new SearchRequest { Query = query, From = from is null ? null : DateOnly.Parse(from) });
        Assert.Equal((total, undated), (page.Total, page.Undated));
    }

    [Fact]
    public void The_undated_count_follows_the_other_filters()
    {
        var page = Search(new SearchRequest { Query = "bridge", Speaker = "Tobias Lindgren", From = new DateOnly(2026, 1, 1) });
        Assert.Equal((1, 1), (page.Total, page.Undated));
    }

    [Fact]
    public void An_untitled_article_is_shown_under_its_first_words_and_a_host_s_outlet_is_its_domain()
    {
        var hit = Assert.Single(Search(new SearchRequest { Query = "cost" }).Hits);
        Assert.Equal("“The bridge will cost more,” said Tobias Lindgren.", hit.Article.Title);
        Assert.Equal("wire.example", hit.Article.Outlet);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }
}
