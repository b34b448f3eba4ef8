namespace QuoteSearch.Web.Models;

/// <summary>A page of the speaker directory: how many speakers match in all, where this page starts, and its speakers.</summary>
public sealed record SpeakerListDto(int Total, int Offset, int Limit, IReadOnlyList<SpeakerEntryDto> Speakers);
