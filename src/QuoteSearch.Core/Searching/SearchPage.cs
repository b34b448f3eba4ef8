namespace QuoteSearch.Core.Searching;

/// <summary>One page of results; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record SearchPage(int Total, IReadOnlyList<QuoteHit> Hits, string? NextCursor);
