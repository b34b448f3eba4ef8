using QuoteSearch.Core.Language;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Quotes;

namespace QuoteSearch.Core.Attribution;

/// <summary>
/// An article read once for the stages after quote finding: each paragraph's tokens with quotations collapsed,
/// and the names it mentions. Attribution and statement finding share it instead of tokenising twice.
/// </summary>
public sealed class AnalyzedArticle
{
    private AnalyzedArticle(Article article, IReadOnlyList<QuoteSpan> spans, List<List<Token>> tokens)
    {
        Article = article;
        Spans = spans;
        Tokens = tokens;
        // The title gives only the full names inside its runs: headline case runs words together into false names.
        var title = article.Title is { Length: > 0 } text ? Tokenizer.Tokenize(text, []) : null;
        Names = new ArticleNames(tokens.Select((t, p) => (p, t)), title);
    }

    public Article Article { get; }
    public IReadOnlyList<QuoteSpan> Spans { get; }
    internal List<List<Token>> Tokens { get; }
    internal ArticleNames Names { get; }

    public static AnalyzedArticle Of(Article article, IReadOnlyList<QuoteSpan> found)
    {
        // Nicknames are read as part of the name they sit in, not as quotations.
        var spans = found.Where(s => !Nicknames.IsNickname(article.Paragraphs[s.Paragraph], s)).ToList();
        var byParagraph = spans.ToLookup(s => s.Paragraph);
        var tokens = article.Paragraphs
            .Select((text, p) => Tokenizer.Tokenize(
                text, byParagraph[p].Select(s => (s.OpenMark, s.After, EndsSentence(text, s))).ToList()))
            .ToList();
        return new AnalyzedArticle(article, spans, tokens);
    }

    /// <summary>Whether a quotation ends with a full stop, question or exclamation mark of its own.</summary>
    internal static bool EndsSentence(string text, QuoteSpan span)
    {
        var end = span.End - 1;
        while (end > span.Start && (char.IsWhiteSpace(text[end]) || text[end] is '\'' or '’')) end--;
        return end >= span.Start && text[end] is '.' or '!' or '?';
    }
}
