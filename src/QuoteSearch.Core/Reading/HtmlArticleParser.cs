using HtmlAgilityPack;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Reading.Html;

namespace QuoteSearch.Core.Reading;

/// <summary>A saved web page to an article: metadata from the head, body paragraphs from the main content block.</summary>
public sealed class HtmlArticleParser : IArticleParser
{
    /// <summary>Deeper nesting than any real page has; beyond it parsing is refused rather than risking the stack.</summary>
    internal const int MaxNesting = 2048;

    public Result<Article> Parse(ArticleInput input)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        try
        {
            document.LoadHtml(input.Content);
        }
        catch (Exception e) when (e.Message.Contains("nested tags", StringComparison.Ordinal))
        {
            return Result<Article>.Fail($"{input.Origin}: HTML nested deeper than {MaxNesting} tags");
        }

        var metadata = HtmlMetadata.Read(document);
        var paragraphs = HtmlBodyExtractor.Paragraphs(document);
        var title = input.Title ?? metadata.Title;
        if (title is not null && paragraphs.Count > 0 && Same(paragraphs[0], title)) paragraphs = paragraphs.Skip(1).ToList();
        if (paragraphs.Count == 0) return Result<Article>.Fail(ReadErrors.NoParagraphs(input.Origin));

        var url = input.Url ?? metadata.Url;
        var published = Dates.Plausible(input.Published) ?? metadata.Published ?? Dates.FromUrl(url) ?? Dates.FromFileName(input.Id);
        return Result<Article>.Ok(new Article(input.Id, title, published, url, paragraphs)
        {
            Site = metadata.Site,
            Author = metadata.Author,
        });
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
