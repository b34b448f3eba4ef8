using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Marks the matched words of a quote with &lt;mark&gt;, HTML-escaping everything else.</summary>
internal sealed class HitHighlighter(Query? query, Analyzer analyzer)
{
    // Only the fields the query searches get a highlighter: each pass re-analyses the quote.
    private readonly Highlighter? stemmed = Uses(query, IndexFields.Text) ? Create(query!, IndexFields.Text) : null;
    private readonly Highlighter? exact = Uses(query, IndexFields.Exact) ? Create(query!, IndexFields.Exact) : null;

    private static bool Uses(Query? query, string field) => query is not null && query.ToString().Contains(field + ":", StringComparison.Ordinal);

    public string Highlight(string text)
    {
        foreach (var (highlighter, field) in new[] { (exact, IndexFields.Exact), (stemmed, IndexFields.Text) })
        {
            if (highlighter is null) continue;
            var marked = highlighter.GetBestFragment(analyzer, field, text);
            if (marked is not null) return marked;
        }
        return WebUtility.HtmlEncode(text);
    }

    private static Highlighter Create(Query query, string field) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, field))
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = 100_000,
        };
}
