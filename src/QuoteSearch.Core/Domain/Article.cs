namespace QuoteSearch.Core.Domain;

/// <summary>One news article as read from its source: metadata plus body paragraphs (the title is not a paragraph).</summary>
public sealed record Article(
    string Id,
    string? Title,
    DateOnly? Published,
    string? Url,
    IReadOnlyList<string> Paragraphs)
{
    public string? Site { get; init; }
    public string? Author { get; init; }
}
