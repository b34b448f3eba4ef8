using Lucene.Net.Documents;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Reads quotes back from their stored text and <see cref="StoredQuoteData"/> record.</summary>
internal static class StoredQuotes
{
    public static QuoteHit ToHit(Document doc, HitHighlighter? highlighter)
    {
        var text = doc.Get(IndexFields.Text) ?? "";
        var data = StoredQuoteData.Of(doc) ?? throw new InvalidOperationException("a quote document without its stored record");
        return new QuoteHit(
            data.QuoteId,
            text,
            highlighter?.Highlight(text) ?? System.Net.WebUtility.HtmlEncode(text),
            data.Kind,
            doc.Get(IndexFields.SpeakerId),
            data.Speaker,
            data.Role,
            data.Cue,
            data.Confidence,
            new ArticleRef(doc.Get(IndexFields.ArticleId) ?? "", data.Title, data.Outlet, data.Published, data.Url),
            data.Paragraph,
            data.Start,
            data.End)
        {
            Fingerprint = data.Fingerprint,
            ParagraphText = data.ParagraphText,
            SpeakerType = data.SpeakerType,
        };
    }

    /// <summary>The article of an article document.</summary>
    public static ArticleRef ArticleOf(Document doc) => new(
        doc.Get(IndexFields.ArticleId) ?? "",
        doc.Get(IndexFields.Title),
        doc.Get(IndexFields.Outlet),
        doc.Get(IndexFields.Published),
        doc.Get(IndexFields.Url));
}
