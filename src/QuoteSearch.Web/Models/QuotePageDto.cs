namespace QuoteSearch.Web.Models;

/// <summary>
/// A page of quotes: total matches, this page, the cursor of the next page (null on the last), and how many results
/// of the same search without its date range have no date (a date filter leaves them out; a timeline cannot place them).
/// </summary>
public sealed record QuotePageDto(int Total, IReadOnlyList<QuoteDto> Hits, string? Next, int Undated);
