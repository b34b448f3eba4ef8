using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>An indexed article: its metadata and every paragraph with the quotes found in it.</summary>
public sealed record ArticleDto(ArticleRefDto Article, IReadOnlyList<ParagraphDto> Paragraphs)
{
    /// <param name="stored">What the index holds.</param>
    /// <param name="identify">Gives each hit the id of the speaker it belongs to (the person, not the written name).</param>
    public static ArticleDto From(StoredArticle stored, Func<QuoteHit, QuoteHit> identify)
    {
        var byParagraph = stored.Quotes.Select(h => QuoteDto.From(identify(h))).ToLookup(q => q.Paragraph);
        var paragraphs = stored.Paragraphs.Select((text, index) =>
        {
            var number = Links.ParagraphNumber(index);
            return new ParagraphDto(number, Links.ParagraphAnchor(index), text, byParagraph[number].ToList());
        }).ToList();
        return new ArticleDto(ArticleRefDto.From(stored.Article), paragraphs);
    }
}
