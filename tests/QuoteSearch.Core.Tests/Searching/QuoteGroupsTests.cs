using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class QuoteGroupsTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    [Fact]
    public void The_same_quote_in_two_outlets_is_one_group_with_its_first_sighting()
    {
        var hit = new QuoteSearcher(corpus.Index)
            .Search(new SearchRequest { Query = "\"talks fail\"", Sort = SearchSort.Date })
            .Value!.Hits[0];
        var group = new QuoteGroups(corpus.Index).OfQuote(hit.Id)!;
        Assert.Equal(2, group.Articles);
        Assert.Equal("2026-01-10", group.FirstSeen);
        Assert.Equal("a.example", group.FirstOutlet);
        Assert.Equal(["kyiv-1", "kyiv-3"], group.Appearances.Select(a => a.Article.Id));
    }
}
