using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class PublishedDaySortTests
{
    /// <summary>One commit per article, so each lands in a segment of its own and the sort must compare across them.</summary>
    private static QuoteIndex IndexOneSegmentEach(TempDir folder, params (string Id, DateOnly? Published)[] articles)
    {
        var index = QuoteIndex.Open(Path.Combine(folder.Path, "index"), writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        foreach (var (id, published) in articles)
        {
            ingest.Add(new Article(
                id, "A title", published, null, [$"“Quote one of {id},” said Jane Doe.", $"“Quote two of {id},” said Jane Doe."]));
            ingest.Commit();
        }
        return index;
    }

    [Fact]
    public void Newest_first_across_segments_with_the_same_day_in_index_order_and_undated_last()
    {
        using var folder = new TempDir();
        using var index = IndexOneSegmentEach(folder,
            ("early", new DateOnly(2026, 1, 5)), ("undated", null),
            ("late", new DateOnly(2026, 3, 1)), ("same-day", new DateOnly(2026, 1, 5)));
        Assert.True(index.Read(searcher => searcher.IndexReader.Leaves.Count) >= 4);

        var hits = new QuoteSearcher(index).Search(new SearchRequest { Speaker = "Jane Doe", Sort = SearchSort.Date }).Value!.Hits;

        Assert.Equal(["late", "late", "early", "early", "same-day", "same-day", "undated", "undated"], hits.Select(h => h.Article.Id));
    }

    [Fact]
    public void A_date_cursor_continues_after_the_last_hit_even_inside_one_day()
    {
        using var folder = new TempDir();
        using var index = IndexOneSegmentEach(folder,
            ("early", new DateOnly(2026, 1, 5)), ("late", new DateOnly(2026, 3, 1)), ("same-day", new DateOnly(2026, 1, 5)));
        var searcher = new QuoteSearcher(index);
        var seen = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 5; pages++) // a cursor that does not move on must fail the test, not hang it
        {
            var page = searcher.Search(new SearchRequest { Sort = SearchSort.Date, Limit = 3, Cursor = cursor }).Value!;
            seen.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
            if (cursor is null) break;
        }

        Assert.Equal(["late.0", "late.1", "early.0", "early.1", "same-day.0", "same-day.1"], seen);
    }
}
