using QuoteSearch.Core.Language;
using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Marks the matched words of a quote with &lt;mark&gt;, HTML-escaping everything else. Plain words and exact
/// phrases are marked from one pass over the quote's tokens; Lucene's highlighter, which builds a small index
/// of each quote to match phrases (profiled at ~80 µs a hit), is kept for wildcards, fuzzy terms and slop.
/// </summary>
internal sealed class HitHighlighter
{
    // The exact field first: a phrase's marks are the precise ones.
    private static readonly string[] FieldOrder = [IndexFields.Exact, IndexFields.Text];
    private const int MaxCharsToAnalyze = 100_000;

    private readonly Analyzer analyzer;
    private readonly MarkedTerms? marked;
    private readonly Highlighter? stemmed;
    private readonly Highlighter? exact;

    public HitHighlighter(Query? query, Analyzer analyzer)
    {
        this.analyzer = analyzer;
        marked = query is null ? null : MarkedTerms.Of(query);
        // Lucene's highlighter only when the quick marks cannot list the query's terms.
        if (query is null || marked is not null) return;
        stemmed = Fallback(query, IndexFields.Text);
        exact = Fallback(query, IndexFields.Exact);
    }

    public string Highlight(string text)
    {
        foreach (var field in FieldOrder)
        {
            var result = marked is not null ? Mark(text, field) : LuceneHighlight(text, field);
            if (result is not null) return result;
        }
        return WebUtility.HtmlEncode(text);
    }

    private string? Mark(string text, string field)
    {
        var words = marked!.WordsOf(field);
        var phrases = marked.PhrasesOf(field);
        if (words.Count == 0 && phrases.Count == 0) return null;
        // Like Lucene's highlighter, only the start of a very long quote is analysed; the rest is just escaped.
        var tokens = Tokens(text.Length > MaxCharsToAnalyze ? text[..MaxCharsToAnalyze] : text, field);
        var hit = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Contains(tokens[i].Term)) hit[i] = true;
            foreach (var phrase in phrases) MarkPhrase(tokens, i, phrase, hit);
        }
        if (!hit.Contains(true)) return null;
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!hit[i] || tokens[i].Start < at) continue;
            html.Append(WebUtility.HtmlEncode(text[at..tokens[i].Start])).Append("<mark>")
                .Append(WebUtility.HtmlEncode(text[tokens[i].Start..tokens[i].End])).Append("</mark>");
            at = tokens[i].End;
        }
        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    private static void MarkPhrase(List<Token> tokens, int first, MarkedTerms.Phrase phrase, bool[] hit)
    {
        if (tokens[first].Term != phrase.Terms[0]) return;
        var matched = new int[phrase.Terms.Length];
        for (var k = 1; k < phrase.Terms.Length; k++)
        {
            var position = tokens[first].Position + phrase.Offsets[k];
            var j = first + 1;
            while (j < tokens.Count && tokens[j].Position < position) j++;
            if (j == tokens.Count || tokens[j].Position != position || tokens[j].Term != phrase.Terms[k]) return;
            matched[k] = j;
        }
        matched[0] = first;
        foreach (var j in matched) hit[j] = true;
    }

    private List<Token> Tokens(string text, string field)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return tokens;
    }

    private readonly record struct Token(string Term, int Start, int End, int Position);

    private string? LuceneHighlight(string text, string field) =>
        (field == IndexFields.Exact ? exact : stemmed)?.GetBestFragment(analyzer, field, text);

    // Only the fields the query searches get one: each pass re-analyses the quote.
    private static Highlighter? Fallback(Query query, string field) =>
        !query.ToString().Contains(field + ":", StringComparison.Ordinal)
            ? null
            : new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, field))
            {
                TextFragmenter = new NullFragmenter(),
                MaxDocCharsToAnalyze = MaxCharsToAnalyze,
            };
}
