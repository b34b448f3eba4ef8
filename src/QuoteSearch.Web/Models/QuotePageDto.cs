namespace QuoteSearch.Web.Models;

/// <summary>A page of quotes: total matches, this page, and the cursor of the next page (null on the last).</summary>
public sealed record QuotePageDto(int Total, IReadOnlyList<QuoteDto> Hits, string? Next);
