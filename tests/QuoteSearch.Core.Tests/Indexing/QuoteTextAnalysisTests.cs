using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class QuoteTextAnalysisTests
{
    private static readonly Analyzer Analyzer = QuoteAnalyzers.Create();

    public static TheoryData<string> Texts => new()
    {
        "",
        "The harbour’s fees will rise, and that is not the end of it",
        "Tobias Lindgren's boats aren't running to the islands; it's \"over\"",
        "the a an and of to",
        "Rates rose 4.5% in 2026 — e-mail us at desk@harbour.example or see https://harbour.example/fees",
        "Ölfusá und Zürich: STRAẞE, ﬁnance, 東京 港 and emoji 🚢 ship",
        new string('x', 300) + " then the long word was skipped",
        "  trailing spaces and a stop word at the end of it  ",
    };

    // Term, position increment and offsets of every token, then what End() leaves: all Lucene inverts.
    private static List<string> Tokens(TokenStream stream)
    {
        var tokens = new List<string>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term} +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
        stream.End();
        tokens.Add($"end +{increment.PositionIncrement} {offset.EndOffset}");
        stream.Dispose();
        return tokens;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void One_analysis_gives_each_field_the_tokens_its_analyser_gives(string text)
    {
        var analysis = new QuoteTextAnalysis();
        // Twice, the second over a longer recording first: buffers are reused between quotes.
        foreach (var previous in new[] { "", string.Join(' ', Enumerable.Repeat("Harbour pilots said so", 200)) })
        {
            analysis.Analyse(previous);
            Tokens(analysis.Exact);
            Tokens(analysis.Stemmed);
            analysis.Analyse(text);

            Assert.Equal(Tokens(Analyzer.GetTokenStream(IndexFields.Exact, text)), Tokens(analysis.Exact));
            Assert.Equal(Tokens(Analyzer.GetTokenStream(IndexFields.Text, text)), Tokens(analysis.Stemmed));
        }
    }

    [Fact]
    public void The_quote_documents_index_the_terms_positions_and_norms_the_analysers_would()
    {
        var articles = Texts.Cast<object[]>()
            .Select((row, i) => Articles.Indexable($"a{i}", $"“{row[0]},” Tobias Lindgren said."))
            .ToList();
        Assert.True(articles.Sum(a => a.Quotes.Count) >= 6);
        using var ours = new RAMDirectory();
        using var plain = new RAMDirectory();
        using (var writer = new IndexWriter(ours, new IndexWriterConfig(QuoteAnalyzers.Version, Analyzer)))
        {
            foreach (var article in articles) writer.AddDocuments(QuoteDocuments.For(article).Skip(1));
        }
        using (var writer = new IndexWriter(plain, new IndexWriterConfig(QuoteAnalyzers.Version, Analyzer)))
        {
            foreach (var quote in articles.SelectMany(a => a.Quotes))
            {
                var text = new TextField(IndexFields.Text, quote.Text, Field.Store.NO);
                writer.AddDocument([text, new TextField(IndexFields.Exact, quote.Text, Field.Store.NO)]);
            }
        }

        Assert.Equal(Postings(plain, IndexFields.Text), Postings(ours, IndexFields.Text));
        Assert.Equal(Postings(plain, IndexFields.Exact), Postings(ours, IndexFields.Exact));
    }

    // Every term with each document's positions, then each document's norm.
    private static List<string> Postings(Lucene.Net.Store.Directory directory, string field)
    {
        using var reader = DirectoryReader.Open(directory);
        var segment = SlowCompositeReaderWrapper.Wrap(reader);
        var lines = new List<string>();
        var terms = segment.GetTerms(field).GetEnumerator();
        DocsAndPositionsEnum? postings = null;
        while (terms.MoveNext())
        {
            postings = terms.DocsAndPositions(null, postings);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                var positions = Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition());
                lines.Add($"{terms.Term.Utf8ToString()} {doc}: {string.Join(' ', positions)}");
            }
        }
        var norms = segment.GetNormValues(field);
        lines.AddRange(Enumerable.Range(0, segment.MaxDoc).Select(doc => $"norm {doc}: {norms.Get(doc)}"));
        return lines;
    }
}
