using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>
/// The query string of a search feed: the filters of <c>/api/quotes</c> without sort, paging or format (a feed is
/// always the newest <see cref="FeedQuery.MaxEntries"/> quotes), read as <see cref="QuoteQuery"/> reads them.
/// </summary>
public sealed class FeedQuery : QuoteFilters
{
    /// <summary>The most entries a feed holds.</summary>
    public const int MaxEntries = 50;

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
