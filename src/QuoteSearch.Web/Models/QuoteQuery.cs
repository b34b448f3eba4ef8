using System.Globalization;
using QuoteSearch.Core.Domain;
using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.OpenApi;

namespace QuoteSearch.Web.Models;

/// <summary>The query string of a quote search, read into a <see cref="SearchRequest"/> or a message saying what is wrong.</summary>
public sealed class QuoteQuery : QuoteFilters
{
    [FromQuery(Name = "sort")]
    [QueryParameter("Best match first, or newest first", Values = ["relevance", "date"])]
    public string? Sort { get; set; }

    [FromQuery(Name = "cursor")]
    [QueryParameter("The `next` of the previous page of the same search")]
    public string? Cursor { get; set; }

    [FromQuery(Name = "limit")]
    [QueryParameter("Hits per page", Type = "integer", Format = "int32", Minimum = 1, Maximum = SearchRequest.MaxLimit, Default = "20")]
    public string? Limit { get; set; }

    [FromQuery(Name = "format")]
    [QueryParameter("Download every result (up to 10,000) as a file instead of a page", Values = ["csv", "json"])]
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
        if (!string.IsNullOrEmpty(Limit) && !TryParseLimit(Limit, out limit))
        {
            return Result<SearchRequest>.Fail(SearchErrors.BadLimit);
        }
        if (Speaker is { Length: > 200 } || Outlet is { Length: > 200 })
        {
            return Result<SearchRequest>.Fail("speaker and outlet are at most 200 characters");
        }
        return Result<SearchRequest>.Ok(new SearchRequest
        {
            Query = Q, Speaker = Speaker, From = from.Value, To = to.Value, Outlet = Outlet,
            Kind = kind, Sort = sort, Cursor = Cursor, Limit = limit,
        });
    }

    private static Result<DateOnly?> Date(string? text, string name) =>
        string.IsNullOrEmpty(text) ? Result<DateOnly?>.Ok(null)
        : IsIsoDate(text, out var date) ? Result<DateOnly?>.Ok(date)
        : Result<DateOnly?>.Fail($"{name} must be a date like 2026-02-06");

    /// <summary>A date written yyyy-MM-dd, nothing around it.</summary>
    private static bool IsIsoDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A page size of plain digits from 1 to <see cref="SearchRequest.MaxLimit"/>.</summary>
    private static bool TryParseLimit(string text, out int limit) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= SearchRequest.MaxLimit;
}
