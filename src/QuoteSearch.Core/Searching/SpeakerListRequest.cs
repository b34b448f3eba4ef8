namespace QuoteSearch.Core.Searching;

/// <summary>
/// A page of the speaker directory: the order, only one type ("person" or "organisation", null for both), only names
/// with a word starting with <see cref="Prefix"/> (or a near spelling), and <see cref="Limit"/> speakers from <see cref="Offset"/>.
/// </summary>
public sealed record SpeakerListRequest
{
    public const int MaxLimit = 1000;

    public SpeakerSort Sort { get; init; } = SpeakerSort.Quotes;
    public string? Type { get; init; }
    public string? Prefix { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
}
