using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// The analysers of the index. Both fold curly apostrophes to straight ones, so "Poland’s" and "Poland's"
/// are one word at index and at query time (queries are folded whole by <see cref="Fold"/> before parsing).
/// </summary>
public static class QuoteAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Per field: stemmed English for <see cref="IndexFields.Text"/>, lowercase-only for <see cref="IndexFields.Exact"/>,
    /// keywords elsewhere (the title is stored, not indexed; a query on it is parsed as stemmed words and finds nothing).
    /// </summary>
    public static Analyzer Create() => new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
    {
        [IndexFields.Text] = new FoldingAnalyzer(stem: true),
        [IndexFields.Exact] = new FoldingAnalyzer(stem: false),
        [IndexFields.Title] = new FoldingAnalyzer(stem: true),
    });

    /// <summary>
    /// The chain of <see cref="IndexFields.Exact"/>, shared by the writer's threads (Lucene keeps one reused stream per
    /// thread); the stemmed chain is this one plus stop words and stemming (<see cref="QuoteTextAnalysis"/>).
    /// </summary>
    internal static Analyzer Unstemmed { get; } = new FoldingAnalyzer(stem: false);

    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '’' or '‘' or '‛' or '`' or '´' => '\'',
                '“' or '”' or '„' or '‟' or '«' or '»' => '"',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    private sealed class FoldingAnalyzer(bool stem) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new ApostropheFoldingFilter(tokenizer);
            stream = new EnglishPossessiveFilter(Version, stream);
            stream = new LowerCaseFilter(Version, stream);
            // The stemmed chain must stay the unstemmed one plus these two filters: QuoteTextAnalysis relies on it.
            if (stem)
            {
                stream = new StopFilter(Version, stream, StandardAnalyzer.STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
