namespace QuoteSearch.Core.Searching;

/// <summary>Everything known about one speaker: names and roles as written, quote count and quotes per month.</summary>
public sealed record SpeakerProfile(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int Quotes,
    IReadOnlyList<MonthCount> Timeline)
{
    /// <summary>"person" or "organisation", as most of the speaker's quotes have it; null in an index without types.</summary>
    public string? Type { get; init; }
}
