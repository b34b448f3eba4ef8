namespace QuoteSearch.Core.Reading;

/// <summary>
/// Decoded text of one article before parsing. <see cref="Origin"/> names where it came from
/// (a file, or a file and line) for error messages; feed entries may carry metadata of their own.
/// </summary>
public sealed record ArticleInput(string Origin, string Id, string Content, InputFormat Format)
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
}
