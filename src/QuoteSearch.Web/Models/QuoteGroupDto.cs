using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>
/// One quote as carried by several articles: its words, the day (<c>yyyy-MM-dd</c>) and outlet it was first seen in,
/// how many articles carried it, and each appearance, earliest first.
/// </summary>
public sealed record QuoteGroupDto(string Quote, string? FirstSeen, string? FirstOutlet, int Articles, IReadOnlyList<QuoteDto> Appearances)
{
    public static QuoteGroupDto From(QuoteGroup group)
    {
        var appearances = group.Appearances.Select(h => QuoteDto.From(h, group.Articles)).ToList();
        return new(group.Text, group.FirstSeen, group.FirstOutlet, group.Articles, appearances);
    }
}
