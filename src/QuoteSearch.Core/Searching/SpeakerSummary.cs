namespace QuoteSearch.Core.Searching;

/// <summary>A speaker in the directory: id, the name shown, and how many quotes the index holds.</summary>
public sealed record SpeakerSummary(string Id, string Name, int Quotes);
