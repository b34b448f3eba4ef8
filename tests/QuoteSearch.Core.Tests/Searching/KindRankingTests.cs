using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class KindRankingTests(RankingCorpus corpus) : IClassFixture<RankingCorpus>
{
    private readonly QuoteSearcher searcher = new(corpus.Index);

    private List<(string Kind, string Article)> Ranked(SearchRequest request)
    {
        var page = searcher.Search(request);
        Assert.True(page.Success, page.Error);
        return page.Value!.Hits.Select(h => (h.Kind, h.Article.Id)).ToList();
    }

    [Theory]
    [InlineData("harbour bridge reopen", "bridge-direct", "indirect")]
    [InlineData("\"harbour bridge will reopen\"", "bridge-direct", "indirect")]
    [InlineData("promise spring", "promise-partial", "partial")]
    public void A_whole_direct_quote_comes_before_another_kind_that_matches_as_well(string query, string directIn, string otherKind)
    {
        var hits = Ranked(new SearchRequest { Query = query });
        Assert.Equal(("direct", directIn), hits[0]);
        Assert.Contains(hits.Skip(1), h => h.Kind == otherKind);
    }

    [Fact]
    public void A_statement_that_matches_much_better_still_comes_first()
    {
        // The statement has both words; the direct quote, though shorter, only one.
        var hits = Ranked(new SearchRequest { Query = "lanterns OR winter" });
        Assert.Equal([("indirect", "lantern-statement"), ("direct", "winter-direct")], hits);
    }

    [Fact]
    public void Paging_by_cursor_keeps_the_ranked_order()
    {
        var whole = Ranked(new SearchRequest { Query = "spring" });
        var paged = new List<(string, string)>();
        string? cursor = null;
        do
        {
            var page = searcher.Search(new SearchRequest { Query = "spring", Limit = 1, Cursor = cursor }).Value!;
            paged.AddRange(page.Hits.Select(h => (h.Kind, h.Article.Id)));
            cursor = page.NextCursor;
        } while (cursor is not null);
        Assert.Equal(whole, paged);
        Assert.Equal("direct", whole[0].Kind);
    }

    [Fact]
    public void Date_sort_ignores_the_kind()
    {
        var hits = Ranked(new SearchRequest { Query = "harbour bridge reopen", Sort = SearchSort.Date });
        Assert.Equal(["bridge-statement", "bridge-direct"], hits.Select(h => h.Article).ToList());
    }
}
