using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Synthetic;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>
/// A one-word search answered from each segment's candidates gives the full search's first page: the same hits in the
/// same order, the same total, undated count and cursor.
/// </summary>
public sealed class SingleWordSearchTests : IDisposable
{
    private readonly TempDir folder = new();
    private readonly QuoteIndex index;
    private readonly int defaultMinDocFreq = TermChampions.MinDocFreq;

    public SingleWordSearchTests()
    {
        // Low enough that the small test segments have candidate tables for their common words.
        TermChampions.MinDocFreq = 16;
        index = QuoteIndex.Open(Path.Combine(folder.Path, "index"), writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        var parser = new PlainTextArticleParser();
        var items = new SyntheticCorpus(seed: 11).Articles(400).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var article = parser.Parse(new ArticleInput(items[i].FileName, $"s{i}", items[i].Text, InputFormat.PlainText)).Value!;
            ingest.Add(i % 9 == 0 ? article with { Published = null } : article);
            if (i % 100 == 99) ingest.Commit();
        }
        ingest.Commit();
    }

    // The threshold is static: put it back, so classes that run later build their tables as the product does. (Tables
    // are built once per segment, and a search gives the same answer with or without one.)
    public void Dispose()
    {
        TermChampions.MinDocFreq = defaultMinDocFreq;
        index.Dispose();
        folder.Dispose();
    }

    [Theory]
    [InlineData("people", 20)]
    [InlineData("reform", 1)]
    [InlineData("jobs", 100)]
    [InlineData("security", 7)]
    [InlineData("kaka", 20)]
    [InlineData("nowordlikethis", 20)]
    public void The_first_page_is_the_full_search_s(string word, int limit)
    {
        Assert.True(index.Read(s => s.IndexReader.Leaves.Count) >= 3);
        var request = new SearchRequest { Query = word, Limit = limit };

        AssertSamePage(request);
    }

    [Fact]
    public void A_broad_word_is_scored_on_fewer_documents_than_it_matches()
    {
        var (candidates, matches) = index.Read(searcher => (
            searcher.IndexReader.Leaves.Sum(l => TermChampions.Of(l.AtomicReader).For("kaka")?.Candidates.Length ?? 0),
            searcher.IndexReader.Leaves.Sum(l => l.AtomicReader.DocFreq(new Lucene.Net.Index.Term(IndexFields.Text, "kaka")))));

        Assert.InRange(candidates, 1, matches / 2);
    }

    [Fact]
    public void With_deleted_quotes_it_gives_the_full_search_s_page_too()
    {
        index.Delete("s5");
        index.Commit();

        AssertSamePage(new SearchRequest { Query = "people" });
    }

    private void AssertSamePage(SearchRequest request)
    {
        var expected = new QuoteSearcher(index) { SingleWordOn = false }.Search(request).Value!;
        var actual = new QuoteSearcher(index).Search(request).Value!;

        Assert.Equal(expected.Hits.Select(h => h.Id), actual.Hits.Select(h => h.Id));
        Assert.Equal((expected.Total, expected.Undated, expected.NextCursor), (actual.Total, actual.Undated, actual.NextCursor));
        if (request.Query != "nowordlikethis") Assert.True(expected.Total > request.Limit && expected.Undated > 0);
    }
}
