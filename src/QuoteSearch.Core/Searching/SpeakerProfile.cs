namespace QuoteSearch.Core.Searching;

/// <summary>
/// Everything known about one speaker: the name shown and the other names written for them, cleaned roles, quote
/// count, quotes per month, and the first and last quote's publication date.
/// </summary>
public sealed record SpeakerProfile(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int Quotes,
    IReadOnlyList<MonthCount> Timeline)
{
    /// <summary>"person" or "organisation".</summary>
    public string? Type { get; init; }

    public DateOnly? FirstQuote { get; init; }

    public DateOnly? LastQuote { get; init; }
}
