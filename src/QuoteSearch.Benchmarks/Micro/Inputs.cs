using System.Text;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Paragraphs;
using QuoteSearch.Core.Synthetic;

namespace QuoteSearch.Benchmarks.Micro;

/// <summary>The same synthetic inputs for every micro-benchmark: articles as text and as web pages.</summary>
internal static class Inputs
{
    public static List<Article> Articles(int count) =>
        new SyntheticCorpus(seed: 7).Articles(count)
            .Select(item => new Article(item.FileName, null, null, item.Url, ParagraphSplitter.Split(item.Text)))
            .ToList();

    /// <summary>Each article wrapped in a page with the furniture real news sites have.</summary>
    public static List<string> Pages(int count) =>
        new SyntheticCorpus(seed: 8).Articles(count).Select(item =>
        {
            var page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Story | Site</title>");
            page.Append("<meta property=\"og:title\" content=\"Story\"><script type=\"application/ld+json\">")
                .Append("{\"headline\":\"Story\",\"datePublished\":\"2026-01-02\"}</script></head><body>");
            page.Append("<nav><ul>")
                .Append(string.Concat(Enumerable.Range(0, 30).Select(i => $"<li><a href=\"/s{i}\">Section {i}</a></li>")))
                .Append("</ul></nav>");
            page.Append("<div class=\"share-bar\"><a href=\"#\">Share</a></div><article><h1>Story</h1>");
            foreach (var paragraph in ParagraphSplitter.Split(item.Text))
            {
                page.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(paragraph)).Append("</p>");
            }
            page.Append("</article><aside class=\"related\">")
                .Append(string.Concat(Enumerable.Range(0, 10).Select(i => $"<a href=\"/r{i}\">Related story number {i}</a>")))
                .Append("</aside>");
            page.Append("<footer><p>© Site</p></footer><script>var tracking = 1;</script></body></html>");
            return page.ToString();
        }).ToList();

    public static long Bytes(IEnumerable<Article> articles) =>
        articles.Sum(a => a.Paragraphs.Sum(p => (long)Encoding.UTF8.GetByteCount(p)));
}
