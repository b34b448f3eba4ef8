using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Synthetic;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>
/// The in-memory kind ranking scores every document exactly as Lucene's BoostingQuery did, so relevance order and
/// the scores written into cursors do not change.
/// </summary>
public sealed class DirectQuotesFirstQueryTests : IDisposable
{
    private readonly TempDir folder = new();
    private readonly QuoteIndex index;

    public DirectQuotesFirstQueryTests()
    {
        var files = new SyntheticCorpus(seed: 7).Articles(300).Select(item => folder.File(Path.Combine("in", item.FileName), item.Text));
        index = TestIndexes.Build(Path.Combine(folder.Path, "index"), [.. files]);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Theory]
    [InlineData("people")]
    [InlineData("reform jobs")]
    [InlineData("\"the people\"")]
    [InlineData("jobs OR war")]
    [InlineData("peace -war")]
    [InlineData("\"jobs war\"~10")]
    [InlineData("secur*")]
    public void Scores_every_match_as_the_boosting_query_did(string text)
    {
        var userQuery = UserQueryParser.Parse(text, QuoteAnalyzers.Create()).Value!;
        var filter = new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType))) { Boost = 0 };

        var (expected, actual) = index.Read(searcher => (
            Scores(searcher, KindRanking.WithBoostingQuery(userQuery), filter),
            Scores(searcher, KindRanking.DirectQuotesFirst(userQuery), filter)));

        Assert.True(expected.Count >= 3, $"only {expected.Count} matches");
        Assert.Contains(expected, e => e.Score != expected[0].Score);
        Assert.Equal(expected, actual);
    }

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query ranked, Query filter)
    {
        var query = new BooleanQuery { { ranked, Occur.MUST }, { filter, Occur.MUST } };
        return searcher.Search(query, 100_000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
    }
}
