using QuoteSearch.Core.Language;
using System.Text.RegularExpressions;
using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Paragraphs;

namespace QuoteSearch.Core.Reading;

/// <summary>
/// Plain text articles: an optional <c>date YYYY-MM-DD</c> header, a first line that is the title when it
/// looks like one (short, followed by more text, and no attributed quote), then paragraphs. Without a header
/// the date comes from the URL path or the file name (<c>outlet_2016-10-07_slug.txt</c>).
/// </summary>
public sealed partial class PlainTextArticleParser : IArticleParser
{
    private const int MaxTitleWords = 25;

    public Result<Article> Parse(ArticleInput input)
    {
        var text = input.Content;
        var header = DateHeader().Match(text);
        if (header.Success) text = text[header.Length..];
        // The text's own date first, then what its address or file name says; an impossible date gives way to the next.
        var published = Dates.Plausible(input.Published)
            ?? (header.Success ? Dates.TryParse(header.Groups[1].Value) : null)
            ?? Dates.FromUrl(input.Url)
            ?? Dates.FromFileName(input.Id);

        var paragraphs = ParagraphSplitter.Split(text).ToList();
        var title = input.Title;
        if (title is null && paragraphs.Count > 1 && LooksLikeTitle(paragraphs[0], text))
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }
        if (paragraphs.Count == 0) return Result<Article>.Fail(ReadErrors.NoParagraphs(input.Origin));
        return Result<Article>.Ok(new Article(input.Id, title, published, input.Url, paragraphs));
    }

    /// <summary>A title is one short line standing alone, without the closing quote or colon of a sentence run-on.</summary>
    private static bool LooksLikeTitle(string first, string text)
    {
        var firstLine = text.TrimStart().Split('\n', 2)[0].Trim();
        if (Whitespace.Fold(firstLine) != first) return false;
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxTitleWords && first.Length <= 250 && !IsAttributedQuote(first);
    }

    /// <summary>
    /// "“We will reopen the bridge,” said the engineer.": a line carrying a quote and a verb of saying outside it,
    /// ending as a sentence, is the first paragraph. A headline quoting words ("What Happened To “Anytime”?") has no cue.
    /// </summary>
    private static bool IsAttributedQuote(string line)
    {
        var outside = QuotedText().Replace(line, " ");
        if (outside.Length == line.Length || !EndsAsSentence(line)) return false;
        return outside.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => char.IsLower(w[0]) && Lexicon.CueVerbs.Contains(w.TrimEnd(',', '.', ';', ':')));
    }

    private static bool EndsAsSentence(string line) =>
        line.TrimEnd().TrimEnd('"', '”', '’', '\'') is { Length: > 0 } bare && bare[^1] is '.' or '!' or '?';

    [GeneratedRegex(@"[""“][^""“”]*[""”]", RegexOptions.NonBacktracking)]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"^\uFEFF?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DateHeader();
}
