using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Feeds;
using QuoteSearch.Web.Models;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Controllers;

/// <summary>Atom feeds (RFC 4287) of the newest quotes of a search or a speaker, for feed readers.</summary>
[ApiController]
[Route("feeds")]
public sealed class FeedsController(IndexHost host, TimeProvider clock) : ControllerBase
{
    /// <summary>
    /// The newest 50 quotes of a search (the filters of <c>/api/quotes</c>) as an Atom feed, newest first, each entry
    /// linking to its source paragraph. <c>speaker</c> resolves as in <c>/api/quotes</c>: 409 with <c>candidates</c>,
    /// 404 with the <c>nearest</c> names; a query or filter that cannot be read is a 400.
    /// </summary>
    [HttpGet("quotes")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, AtomFeedResult.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public IActionResult Quotes([FromQuery] FeedQuery query)
    {
        var request = query.ToRequest();
        if (!request.Success) return Problems.BadRequest(this, request.Error!);
        SpeakerSummary? speaker = null;
        if (!string.IsNullOrWhiteSpace(request.Value!.Speaker))
        {
            var match = host.Speakers.Match(request.Value.Speaker);
            if (!match.Found) return Problems.Speaker(this, request.Value.Speaker, match);
            speaker = match.Speaker!;
        }
        var search = speaker is null ? request.Value : request.Value with { Speaker = speaker.Id };
        return Respond(search, FeedSubject.Search(search, speaker?.Name));
    }

    /// <summary>
    /// The newest 50 quotes of a speaker (by id, name, surname or variant, as <c>/api/speakers/{id}</c> takes it) as an
    /// Atom feed: 409 with <c>candidates</c> when several match, 404 with the <c>nearest</c> when none.
    /// </summary>
    [HttpGet("speakers/{id}")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, AtomFeedResult.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public IActionResult Speaker(string id)
    {
        if (id.Length > 200) return Problems.NotFound(this, $"no speaker with id '{id}'");
        var match = host.Speakers.Match(id);
        if (!match.Found) return Problems.Speaker(this, id, match);
        var request = new SearchRequest { Speaker = match.Speaker!.Id, Sort = SearchSort.Date, Limit = FeedQuery.MaxEntries };
        return Respond(request, FeedSubject.Speaker(match.Speaker));
    }

    private IActionResult Respond(SearchRequest request, FeedSubject subject)
    {
        // Links in a feed are read outside the site: absolute, with the scheme and host this request came in on.
        var site = $"{Request.Scheme}://{Request.Host.ToUriComponent()}{Request.PathBase.ToUriComponent()}";
        var feed = QuoteFeed.Search(host.Searcher, request, subject, site, clock.GetUtcNow());
        return feed.Success ? new AtomFeedResult(feed.Value!) : Problems.BadRequest(this, feed.Error!);
    }
}
