using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.OpenApi;

namespace QuoteSearch.Web.Models;

/// <summary>
/// The query string of a search feed: the filters of <c>/api/quotes</c> without sort, paging or format (a feed is
/// always the newest <see cref="FeedQuery.MaxEntries"/> quotes), read as <see cref="QuoteQuery"/> reads them.
/// </summary>
public sealed class FeedQuery
{
    /// <summary>The most entries a feed holds.</summary>
    public const int MaxEntries = 50;

    [FromQuery(Name = "q")]
    [QueryParameter("Words, \"exact phrases\" (~N for slop), -exclusions and OR; empty for every quote")]
    public string? Q { get; set; }

    [FromQuery(Name = "speaker")]
    [QueryParameter("Only quotes by this speaker (an id from /api/speakers, or a name)")]
    public string? Speaker { get; set; }

    [FromQuery(Name = "from")]
    [QueryParameter("Only quotes published on or after this day; undated quotes are left out", Format = "date")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    [QueryParameter("Only quotes published on or before this day; undated quotes are left out", Format = "date")]
    public string? To { get; set; }

    [FromQuery(Name = "outlet")]
    [QueryParameter("Only quotes from this outlet (as the hits' article.outlet shows it, any case)")]
    public string? Outlet { get; set; }

    [FromQuery(Name = "kind")]
    [QueryParameter("Only quotes of this kind", Values = ["direct", "partial", "indirect"])]
    public string? Kind { get; set; }

    /// <summary>
    /// The newest <see cref="MaxEntries"/> quotes of this search, or the message <c>/api/quotes</c> gives for the same filters.
    /// </summary>
    public Result<SearchRequest> ToRequest()
    {
        var search = new QuoteQuery { Q = Q, Speaker = Speaker, From = From, To = To, Outlet = Outlet, Kind = Kind };
        var request = search.ToRequest(SearchSort.Date);
        return request.Success ? Result<SearchRequest>.Ok(request.Value! with { Limit = MaxEntries }) : request;
    }
}
