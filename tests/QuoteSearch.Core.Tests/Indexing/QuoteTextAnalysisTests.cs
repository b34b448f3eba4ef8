using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using QuoteSearch.Core.Indexing;

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
}
