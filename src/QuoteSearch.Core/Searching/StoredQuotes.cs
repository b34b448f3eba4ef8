using Lucene.Net.Documents;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Reads quotes back from their stored Lucene fields.</summary>
internal static class StoredQuotes
{
    public static QuoteHit ToHit(Document doc, HitHighlighter? highlighter)
    {
        var text = doc.Get(IndexFields.Text) ?? "";
        return new QuoteHit(
            doc.Get(IndexFields.QuoteId) ?? "",
            text,
            highlighter?.Highlight(text) ?? System.Net.WebUtility.HtmlEncode(text),
            doc.Get(IndexFields.Kind) ?? "direct",
            doc.Get(IndexFields.SpeakerId),
            doc.Get(IndexFields.Speaker),
            doc.Get(IndexFields.Role),
            doc.Get(IndexFields.Cue),
            doc.GetField(IndexFields.Confidence)?.GetDoubleValue() ?? 0,
            ArticleOf(doc),
            doc.GetField(IndexFields.Paragraph)?.GetInt32Value() ?? 0,
            doc.GetField(IndexFields.Start)?.GetInt32Value() ?? 0,
            doc.GetField(IndexFields.End)?.GetInt32Value() ?? 0)
        {
            Fingerprint = doc.Get(IndexFields.Fingerprint) ?? "",
            ParagraphText = doc.Get(IndexFields.ParagraphText) ?? "",
        };
    }

    public static ArticleRef ArticleOf(Document doc) => new(
        doc.Get(IndexFields.ArticleId) ?? "",
        doc.Get(IndexFields.Title),
        doc.Get(IndexFields.Outlet),
        doc.Get(IndexFields.Published),
        doc.Get(IndexFields.Url));
}
