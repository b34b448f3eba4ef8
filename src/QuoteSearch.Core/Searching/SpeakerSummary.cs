namespace QuoteSearch.Core.Searching;

/// <summary>
/// A speaker in the directory: id, the name shown, how many quotes the index holds, and the other names
/// (surname only, other spellings) that were merged into this speaker across articles.
/// </summary>
public sealed record SpeakerSummary(string Id, string Name, int Quotes)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Every indexed speaker id this speaker stands for (its own first).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];
}
