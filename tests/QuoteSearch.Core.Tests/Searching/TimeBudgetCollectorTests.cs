using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class TimeBudgetCollectorTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private static readonly Query Quotes = new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType));

    [Fact]
    public void Within_its_budget_a_search_finds_what_it_finds_without_one()
    {
        var (timed, plain) = corpus.Index.Read(searcher =>
            (TimeLimited.Search(searcher, Quotes, null, null, 100).Top.TotalHits, searcher.Search(Quotes, 100).TotalHits));
        Assert.True(plain > 0);
        Assert.Equal(plain, timed);
    }

    [Fact]
    public void Past_its_budget_a_search_stops_with_a_search_too_slow_error()
    {
        Assert.Throws<SearchTooSlowException>(() => corpus.Index.Read(searcher =>
            TimeLimited.Search(searcher, Quotes, null, null, 100, budget: TimeSpan.FromSeconds(-1))));
    }
}
