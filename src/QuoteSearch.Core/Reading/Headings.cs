using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Reading;

/// <summary>What an article is called on screen and in exports: its title, else the first words of its first paragraph.</summary>
public static class Headings
{
    /// <summary>Words of the first paragraph a heading keeps; a longer paragraph is cut with an ellipsis.</summary>
    public const int MaxWords = 12;

    /// <summary>The title when there is one; else up to <see cref="MaxWords"/> words of the first paragraph; null without either.</summary>
    public static string? Of(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Title)) return article.Title;
        var first = article.Paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
        if (first is null) return null;
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? first.Trim() : string.Join(' ', words[..MaxWords]).TrimEnd(',', ';', ':', '-', '—') + "…";
    }
}
