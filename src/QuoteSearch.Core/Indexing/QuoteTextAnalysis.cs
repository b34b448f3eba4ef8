using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// The token streams of a quote's three indexed text fields from one pass of the tokenizer and folding filters: the
/// stemmed chain is the exact chain followed by stop words and the Porter stemmer (<see cref="QuoteAnalyzers"/>),
/// so the exact field replays the recorded tokens, the stemmed field runs the same recording through those two
/// filters, and the pairs field joins adjacent recorded words (<see cref="WordPairFilter"/>). The terms, positions and
/// norms indexed are the analysers' own (tested), so queries are unchanged.
/// One instance per thread: the streams are reused for each quote, and Lucene consumes them one at a time.
/// </summary>
internal sealed class QuoteTextAnalysis
{
    private readonly RecordedTokens.Recording recording = new();
    private readonly TokenStream stemmed;

    public QuoteTextAnalysis()
    {
        Exact = new RecordedTokens(recording);
        var stopped = new StopFilter(QuoteAnalyzers.Version, new RecordedTokens(recording), StandardAnalyzer.STOP_WORDS_SET);
        stemmed = new PorterStemFilter(stopped);
        Pairs = new WordPairFilter(new RecordedTokens(recording));
    }

    /// <summary>Analyses <paramref name="text"/> once; the two streams then give its tokens until the next call.</summary>
    public void Analyse(string text) => recording.Record(QuoteAnalyzers.Unstemmed.GetTokenStream(IndexFields.Exact, text));

    /// <summary>Lowercased words, stop words kept: what the analyser gives <see cref="IndexFields.Exact"/>.</summary>
    public TokenStream Exact { get; }

    /// <summary>English-stemmed words without stop words: what the analyser gives <see cref="IndexFields.Text"/>.</summary>
    public TokenStream Stemmed => stemmed;

    /// <summary>Adjacent common words joined as one term: what <see cref="IndexFields.ExactPairs"/> indexes.</summary>
    public TokenStream Pairs { get; }
}
