using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class QuoteSearcherTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private readonly QuoteSearcher searcher = new(corpus.Index);

    private List<string> Texts(SearchRequest request)
    {
        var page = searcher.Search(request);
        Assert.True(page.Success, page.Error);
        return page.Value!.Hits.Select(h => h.Text).ToList();
    }

    private List<string> Texts(string query) => Texts(new SearchRequest { Query = query });

    [Theory]
    [InlineData("exchange", "Prisoner exchanges are moving forward,")]
    [InlineData("\"moving forward\"", "Prisoner exchanges are moving forward,")]
    [InlineData("\"air defence\"", "We need air defence now,")]
    [InlineData("\"exchanges moving\"~2", "Prisoner exchanges are moving forward,")]
    public void Words_are_stemmed_and_phrases_are_exact(string query, string expected) =>
        Assert.Equal([expected], Texts(query));

    [Fact]
    public void A_field_only_articles_have_finds_no_article_documents()
    {
        // Quotes carry the title only stored, so title:... must not leak the article documents into results.
        var page = searcher.Search(new SearchRequest { Query = "title:talks" });
        Assert.True(page.Success, page.Error);
        Assert.Equal(0, page.Value!.Total);
    }

    [Fact]
    public void A_phrase_keeps_its_stop_words()
    {
        Assert.Equal(2, Texts("\"let the talks fail\"").Count);
        Assert.Empty(Texts("\"let talks fail\""));
    }

    [Fact]
    public void Exclusions_and_or_work()
    {
        Assert.Equal(["Prisoner exchanges are moving forward,"], Texts("forward -talks"));
        Assert.Equal(2, Texts("budget OR ferries").Count);
    }

    [Fact]
    public void Curly_and_straight_apostrophes_are_the_same()
    {
        Assert.Equal(Texts("\"we will not\""), Texts("\"we will not\"".Replace('"', '“')));
    }

    [Fact]
    public void Highlights_are_html_escaped()
    {
        var hit = searcher.Search(new SearchRequest { Query = "matter" }).Value!.Hits.Single();
        Assert.StartsWith("Both <mark>matter</mark> to &lt;b&gt;us&lt;", hit.Highlighted);
        Assert.DoesNotContain("<b>", hit.Highlighted);
    }

    [Theory]
    [InlineData("\"talks fail\"", "We will not let the <mark>talks</mark> <mark>fail</mark>,")]
    [InlineData("talks -fail", null)]
    [InlineData("let", "We will not <mark>let</mark> the talks fail,")]
    [InlineData("tal*", "We will not let the <mark>talks</mark> fail,")]
    [InlineData("\"let talks\"~2", "We will not <mark>let</mark> the <mark>talks</mark> fail,")]
    public void Highlights_mark_words_and_whole_phrases_but_not_excluded_words(string query, string? expected)
    {
        var hits = searcher.Search(new SearchRequest { Query = query, Speaker = "Mykola Haldensky" }).Value!.Hits
            .Where(h => h.Text.StartsWith("We will not let", StringComparison.Ordinal)).ToList();
        if (expected is null) Assert.Empty(hits);
        else Assert.Equal(expected, hits[0].Highlighted);
    }

    [Fact]
    public void Filters_narrow_by_speaker_date_outlet_and_kind()
    {
        Assert.Equal(4, Texts(new SearchRequest { Speaker = "Mykola Haldensky" }).Count); // merged with Haldensky and Haldenskyy
        Assert.Equal(2, Texts(new SearchRequest { From = new DateOnly(2026, 2, 1), To = new DateOnly(2026, 2, 28) }).Count);
        Assert.Equal(5, Texts(new SearchRequest { Outlet = "a.example" }).Count);
        Assert.Empty(Texts(new SearchRequest { Kind = QuoteKind.Indirect }));
    }

    [Fact]
    public void Date_order_is_newest_first()
    {
        var page = searcher.Search(new SearchRequest { Sort = SearchSort.Date, Limit = 100 }).Value!;
        var dates = page.Hits.Select(h => h.Article.Published).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public void Cursor_paging_returns_each_hit_once(SearchSort sort)
    {
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = searcher.Search(new SearchRequest { Sort = sort, Limit = 2, Cursor = cursor }).Value!;
            seen.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(7, seen.Count);
        Assert.Equal(7, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("(unclosed", "a bracket ( is not closed")]
    [InlineData("*wild", "cannot start with")]
    [InlineData(
        "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp qq rr ss tt uu vv ww xx yy "
        + "zz a1 b1 c1 d1 e1 f1 g1 h1 i1 j1 k1 l1 m1 n1", "too many terms")]
    public void Bad_queries_come_back_as_messages(string query, string message)
    {
        var page = searcher.Search(new SearchRequest { Query = query });
        Assert.False(page.Success);
        Assert.Contains(message, page.Error);
    }

    [Fact]
    public void A_forged_cursor_is_refused() =>
        Assert.Equal(SearchErrors.BadCursor, searcher.Search(new SearchRequest { Cursor = "bm90LWEtY3Vyc29y" }).Error);

    [Theory]
    [InlineData("talks", null, SearchSort.Relevance, true)]
    [InlineData("talks", "2026-01-01", SearchSort.Relevance, false)]
    [InlineData("fail", null, SearchSort.Relevance, false)]
    [InlineData("talks", null, SearchSort.Date, false)]
    public void A_cursor_pages_only_the_search_that_gave_it(string query, string? from, SearchSort sort, bool accepted)
    {
        var first = searcher.Search(new SearchRequest { Query = "talks", Limit = 1 }).Value!;
        Assert.NotNull(first.NextCursor);
        var next = searcher.Search(new SearchRequest
        {
            Query = query, From = from is null ? null : DateOnly.Parse(from), Sort = sort, Cursor = first.NextCursor, Limit = 5,
        });
        Assert.Equal(accepted, next.Success);
        if (!accepted) Assert.Contains("another search", next.Error);
    }
}
