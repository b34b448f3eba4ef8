using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>A speaker offered when a name matched several or none: id, name, type and quote count.</summary>
public sealed record SpeakerCandidateDto(string Id, string Name, string Type, int Quotes)
{
    public static SpeakerCandidateDto From(SpeakerSummary s) => new(s.Id, s.Name, s.Type, s.Quotes);
}
