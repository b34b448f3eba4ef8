using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Web.OpenApi;

namespace QuoteSearch.Web.Models;

/// <summary>
/// The filters a quote search and a search feed share in their query string (<see cref="QuoteQuery"/>,
/// <see cref="FeedQuery"/>): the words, the speaker, the date range, the outlet and the kind, as text the API checks.
/// </summary>
public abstract class QuoteFilters
{
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
}
