namespace QuoteSearch.Core.Searching;

/// <summary>
/// A speaker in the directory: id, the name shown, how many quotes the index holds, and the other written names
/// (surname only, other spellings, with a title) that are this same speaker across articles.
/// </summary>
public sealed record SpeakerSummary(string Id, string Name, int Quotes)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Every indexed speaker id this speaker stands for (its canonical written name's first).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>"person" or "organisation".</summary>
    public string Type { get; init; } = Identity.SpeakerGroup.Person;

    /// <summary>The publication date of the speaker's earliest and latest dated quote; null when none is dated.</summary>
    public DateOnly? FirstQuote { get; init; }

    public DateOnly? LastQuote { get; init; }

    /// <summary>Quotes (by quote id) written as another speaker's that editors gave to this one.</summary>
    public IReadOnlyList<string> QuotesIn { get; init; } = [];

    /// <summary>Quotes (by quote id) written as this speaker's that editors gave to another.</summary>
    public IReadOnlyList<string> QuotesOut { get; init; } = [];
}
