using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>
/// "Everything X said" read from the speakers' date-ordered runs gives what the scored, sorted search gave: the same
/// hits in the same order, page by page, with the same totals, undated counts and cursors.
/// </summary>
public sealed class SpeakerNewestFirstTests : IDisposable
{
    private readonly TempDir folder = new();
    private readonly QuoteIndex index;

    public SpeakerNewestFirstTests()
    {
        index = QuoteIndex.Open(Path.Combine(folder.Path, "index"), writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        var days = new DateOnly?[] { new(2026, 1, 5), null, new(2026, 3, 1), new(2026, 1, 5), new(2025, 11, 30), null, new(2026, 2, 14) };
        for (var i = 0; i < 21; i++)
        {
            // Several segments, the same day in more than one, undated articles, and the speaker under two written names.
            var name = i % 3 == 0 ? "Lindgren" : "Tobias Lindgren";
            ingest.Add(new Article($"a{i:D2}", "A title", days[i % days.Length], null,
                [$"“The bridge {i} opens in spring,” said {name}.", $"“Tolls stay low on {i},” {name} said.",
                 $"“Ferries {i} will stop,” said Mara Quist."]));
            if (i % 4 == 3) ingest.Commit();
        }
        ingest.Commit();
        index.Delete("a07");
        index.Delete("a12");
        index.Commit();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    public static TheoryData<string?, string?, int> Ranges => new()
    {
        { null, null, 3 }, { null, null, 100 }, { "2026-01-01", null, 4 }, { null, "2026-01-31", 5 }, { "2026-01-05", "2026-02-14", 2 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Every_page_is_the_one_the_sorted_search_gives(string? from, string? to, int limit)
    {
        var speakers = new SpeakerDirectory(index);
        Assert.True(speakers.Lookup("tobias-lindgren")!.Ids.Count >= 2, "the test needs a speaker under several written names");
        var fast = new QuoteSearcher(index, speakers);
        var sorted = new QuoteSearcher(index, speakers) { SpeakerTimelinesOn = false };
        var request = new SearchRequest
        {
            Speaker = "tobias-lindgren", Sort = SearchSort.Date, Limit = limit,
            From = from is null ? null : DateOnly.Parse(from), To = to is null ? null : DateOnly.Parse(to),
        };
        var pages = 0;
        for (string? cursor = null; pages == 0 || cursor is not null; pages++)
        {
            Assert.True(pages < 50, "the cursor does not move on");
            var expected = sorted.Search(request with { Cursor = cursor }).Value!;
            var actual = fast.Search(request with { Cursor = cursor }).Value!;
            Assert.Equal(expected.Hits.Select(h => h.Id), actual.Hits.Select(h => h.Id));
            Assert.Equal((expected.Total, expected.Undated, expected.NextCursor), (actual.Total, actual.Undated, actual.NextCursor));
            cursor = actual.NextCursor;
        }
        Assert.True(pages > 1 || limit == 100);
    }

    [Fact]
    public void Deleted_quotes_are_neither_shown_nor_counted()
    {
        var request = new SearchRequest { Speaker = "tobias-lindgren", Sort = SearchSort.Date, Limit = 100 };
        var page = new QuoteSearcher(index).Search(request).Value!;

        Assert.Equal(38, page.Total);
        Assert.DoesNotContain(page.Hits, h => h.Article.Id is "a07" or "a12");
        Assert.Equal(2 * 5, page.Undated);
    }
}
