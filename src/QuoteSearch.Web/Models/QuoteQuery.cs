using System.Globalization;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>The query string of a quote search, read into a <see cref="SearchRequest"/> or a message saying what is wrong.</summary>
public sealed class QuoteQuery
{
    public string? Q { get; set; }
    public string? Speaker { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Outlet { get; set; }
    public string? Kind { get; set; }
    public string? Sort { get; set; }
    public string? Cursor { get; set; }
    public string? Limit { get; set; }
    public string? Format { get; set; }

    public Result<SearchRequest> ToRequest(SearchSort defaultSort = SearchSort.Relevance)
    {
        var from = Date(From, "from");
        if (!from.Success) return Result<SearchRequest>.Fail(from.Error!);
        var to = Date(To, "to");
        if (!to.Success) return Result<SearchRequest>.Fail(to.Error!);
        QuoteKind? kind = null;
        if (!string.IsNullOrEmpty(Kind))
        {
            if (!Enum.TryParse<QuoteKind>(Kind, ignoreCase: true, out var k) || !Enum.IsDefined(k) || int.TryParse(Kind, out _))
                return Result<SearchRequest>.Fail("kind must be direct, partial or indirect");
            kind = k;
        }
        var sort = defaultSort;
        if (!string.IsNullOrEmpty(Sort))
        {
            if (Sort.Equals("relevance", StringComparison.OrdinalIgnoreCase)) sort = SearchSort.Relevance;
            else if (Sort.Equals("date", StringComparison.OrdinalIgnoreCase)) sort = SearchSort.Date;
            else return Result<SearchRequest>.Fail("sort must be relevance or date");
        }
        var limit = 20;
        if (!string.IsNullOrEmpty(Limit) && (!int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > SearchRequest.MaxLimit))
        {
            return Result<SearchRequest>.Fail(SearchErrors.BadLimit);
        }
        if (Speaker is { Length: > 200 } || Outlet is { Length: > 200 }) return Result<SearchRequest>.Fail("speaker and outlet are at most 200 characters");
        return Result<SearchRequest>.Ok(new SearchRequest
        {
            Query = Q, Speaker = Speaker, From = from.Value, To = to.Value, Outlet = Outlet, Kind = kind, Sort = sort, Cursor = Cursor, Limit = limit,
        });
    }

    private static Result<DateOnly?> Date(string? text, string name) =>
        string.IsNullOrEmpty(text) ? Result<DateOnly?>.Ok(null)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Result<DateOnly?>.Ok(date)
        : Result<DateOnly?>.Fail($"{name} must be a date like 2026-02-06");
}
