using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>A speaker in the directory: id (for <c>/api/speakers/{id}</c>), the name shown, quote count, other names.</summary>
public sealed record SpeakerSummaryDto(string Id, string Name, int Quotes, IReadOnlyList<string> Aliases)
{
    public static SpeakerSummaryDto From(SpeakerSummary speaker) => new(speaker.Id, speaker.Name, speaker.Quotes, speaker.Aliases);
}
