namespace QuoteSearch.Core.Searching;

/// <summary>One page of the speaker directory and how many speakers the whole listing holds.</summary>
public sealed record SpeakerListPage(int Total, IReadOnlyList<SpeakerSummary> Speakers);
