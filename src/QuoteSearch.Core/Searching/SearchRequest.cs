using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Searching;

/// <summary>A quote search: free text (may be empty) plus filters, sort order and a page.</summary>
public sealed record SearchRequest
{
    public const int MaxLimit = 100;

    public string? Query { get; init; }
    /// <summary>A speaker id or name.</summary>
    public string? Speaker { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Outlet { get; init; }
    public QuoteKind? Kind { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 20;
}
