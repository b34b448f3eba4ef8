namespace QuoteSearch.Web.Models;

/// <summary>
/// URLs of the UI pages, and paragraph numbers, built in one place. A paragraph is numbered from 1 wherever a reader
/// sees it (the API's <c>paragraph</c>, CSV, the <c>#pN</c> anchor, the UI's ¶N); the index counts from 0.
/// </summary>
public static class Links
{
    /// <summary>The number a reader sees for the paragraph at a 0-based index: 1 for the first.</summary>
    public static int ParagraphNumber(int index) => index + 1;

    /// <summary>The article page's anchor for the paragraph at a 0-based index: <c>p1</c> for the first.</summary>
    public static string ParagraphAnchor(int index) => $"p{ParagraphNumber(index)}";

    /// <summary>The article page opened at the paragraph with this 0-based index.</summary>
    public static string Paragraph(string articleId, int index) =>
        $"/article.html?id={Uri.EscapeDataString(articleId)}#{ParagraphAnchor(index)}";

    /// <summary>
    /// The article page opened at a quote: its paragraph (0-based <paramref name="index"/>) as the anchor, and the quote's
    /// id as <c>quote=</c>, which the page marks exactly: <c>/article.html?id=a1&amp;quote=a1.3#p4</c>.
    /// </summary>
    public static string Quote(string articleId, string quoteId, int index) =>
        $"/article.html?id={Uri.EscapeDataString(articleId)}&quote={Uri.EscapeDataString(quoteId)}#{ParagraphAnchor(index)}";

    public static string Speaker(string speakerId) => $"/speaker.html?id={Uri.EscapeDataString(speakerId)}";
}
