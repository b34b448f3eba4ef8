using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>
/// A speaker in the directory: id, name, "person" or "organisation", quote count, the other names written for them,
/// cleaned roles (from a sample of their quotes), the first and last quote's date (yyyy-MM-dd or null) and the UI page.
/// </summary>
public sealed record SpeakerEntryDto(
    string Id, string Name, string Type, int Quotes, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles,
    DateOnly? FirstQuote, DateOnly? LastQuote, string Link)
{
    public static SpeakerEntryDto From(SpeakerSummary speaker, IReadOnlyList<string> roles) => new(
        speaker.Id, speaker.Name, speaker.Type, speaker.Quotes, speaker.Aliases, roles, speaker.FirstQuote, speaker.LastQuote,
        Links.Speaker(speaker.Id));
}
