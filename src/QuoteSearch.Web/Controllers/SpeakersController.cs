using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Controllers;

/// <summary>The speaker directory: a sorted, filtered, paged list; profiles with a monthly timeline; "everything X said".</summary>
[ApiController]
[Route("api/speakers")]
public sealed class SpeakersController(IndexHost host) : ControllerBase
{
    /// <summary>
    /// Speakers sorted by <c>sort=quotes|name|latest</c>, only <c>type=person|organisation</c>, only names with a word
    /// starting with <c>prefix</c> (or a near spelling); <c>limit</c> (1–1000, default 20) from <c>offset</c>.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<SpeakerListDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult List([FromQuery] SpeakerListQuery query)
    {
        var request = query.ToRequest();
        if (!request.Success) return Problems.BadRequest(this, request.Error!);
        var page = SpeakerListing.List(host.Speakers, request.Value!);
        var speakers = page.Speakers.Select(s => SpeakerEntryDto.From(s, host.Speakers.Roles(s))).ToList();
        return Ok(new SpeakerListDto(page.Total, request.Value!.Offset, request.Value.Limit, speakers));
    }

    /// <summary>
    /// A speaker by id, name, surname or variant: 409 with candidates when several match, 404 with the nearest when none.
    /// </summary>
    [HttpGet("{id}")]
    [ProducesResponseType<SpeakerProfile>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult Get(string id)
    {
        if (id.Length > 200) return Problems.NotFound(this, $"no speaker with id '{id}'");
        var match = host.Speakers.Match(id);
        if (!match.Found) return Problems.Speaker(this, id, match);
        var profile = host.Speakers.Profile(match.Speaker!.Id);
        return profile is null ? Problems.NotFound(this, $"no speaker with id '{id}'") : Ok(profile);
    }

    [HttpGet("{id}/quotes")]
    [ProducesResponseType<QuotePageDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult Quotes(string id, [FromQuery] QuoteQuery query)
    {
        if (id.Length > 200) return Problems.NotFound(this, $"no speaker with id '{id}'");
        var match = host.Speakers.Match(id);
        if (!match.Found) return Problems.Speaker(this, id, match);
        query.Speaker = match.Speaker!.Id;
        var request = query.ToRequest(SearchSort.Date);
        return request.Success ? QuoteResults.Respond(this, host, request.Value!, query.Format) : Problems.BadRequest(this, request.Error!);
    }
}
