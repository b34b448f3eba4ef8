using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Marks the matched words of a quote with &lt;mark&gt;, HTML-escaping everything else.</summary>
internal sealed class HitHighlighter(Query? query, Analyzer analyzer)
{
    private readonly Highlighter? stemmed = query is null ? null : Create(query, IndexFields.Text);
    private readonly Highlighter? exact = query is null ? null : Create(query, IndexFields.Exact);

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
