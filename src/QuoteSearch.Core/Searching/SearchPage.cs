namespace QuoteSearch.Core.Searching;

/// <summary>One page of results; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record SearchPage(int Total, IReadOnlyList<QuoteHit> Hits, string? NextCursor)
{
    /// <summary>
    /// How many results of the same search, without its date range, have no date: a date filter leaves them out,
    /// and a timeline cannot place them.
    /// </summary>
    public int Undated { get; init; }
}
