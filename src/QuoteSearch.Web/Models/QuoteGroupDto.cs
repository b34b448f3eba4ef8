using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>
/// One quote as carried by several articles: its words, the day (<c>yyyy-MM-dd</c>) and outlet it was first seen in,
/// how many articles carried it, and each appearance, earliest first.
/// </summary>
public sealed record QuoteGroupDto(string Quote, string? FirstSeen, string? FirstOutlet, int Articles, IReadOnlyList<QuoteDto> Appearances)
{
    /// <param name="group">What the index holds.</param>
    /// <param name="identify">Gives each hit the id of the speaker it belongs to (the person, not the written name).</param>
    public static QuoteGroupDto From(QuoteGroup group, Func<QuoteHit, QuoteHit> identify)
    {
        var appearances = group.Appearances.Select(h => QuoteDto.From(identify(h), group.Articles)).ToList();
        return new(group.Text, group.FirstSeen, group.FirstOutlet, group.Articles, appearances);
    }
}
