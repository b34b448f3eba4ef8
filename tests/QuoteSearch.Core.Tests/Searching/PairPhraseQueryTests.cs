using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class PairPhraseQueryTests : IDisposable
{
    private readonly TempDir folder = new();
    private readonly QuoteIndex index;

    public PairPhraseQueryTests()
    {
        // Some quotes hold a phrase twice, some its words in the other order or apart, some both words' stems only.
        var text = string.Join("\n\n",
            "“We will, and we will again,” said Anna Vik.",
            "“We will not,” said Lars Berg.",
            "“Will we? We shall see what we can do,” said Anna Vik.",
            "“It is good news for the city and for the people of the city,” Lars Berg said.",
            "“The city will decide. We will wait for it,” Anna Vik said.",
            "“Cities decide, and we willingly wait,” Lars Berg said.");
        index = TestIndexes.Build(Path.Combine(folder.Path, "index"), folder.File("pairs.txt", "Harbour news\n\n" + text));
    }

    [Theory]
    [InlineData("\"we will\"")]
    [InlineData("\"the city\"")]
    [InlineData("\"we will\" OR \"the city\"")]
    [InlineData("\"we will\" -not")]
    [InlineData("\"for the\" city")]
    [InlineData("\"will we\"")]
    public void Finds_the_quotes_the_phrase_finds_with_the_same_scores(string text)
    {
        var parsed = UserQueryParser.Parse(text, QuoteAnalyzers.Create());
        Assert.True(parsed.Success, parsed.Error);
        var rewritten = PhrasePairs.Rewrite(parsed.Value!);
        Assert.Contains("pair(", rewritten.ToString(), StringComparison.Ordinal);

        var (phrase, pair) = index.Read(searcher => (Hits(searcher, parsed.Value!), Hits(searcher, rewritten)));
        Assert.NotEmpty(phrase);
        Assert.Equal(phrase, pair);
    }

    // Documents and scores bit for bit, in the order the search ranks them.
    private static List<(int Doc, float Score)> Hits(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 100).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }
}
