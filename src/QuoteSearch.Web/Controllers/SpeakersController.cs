using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Controllers;

/// <summary>The speaker directory: autocomplete, profiles with a monthly timeline, and "everything X said".</summary>
[ApiController]
[Route("api/speakers")]
public sealed class SpeakersController(IndexHost host) : ControllerBase
{
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<SpeakerSummaryDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult List([FromQuery] string? prefix, [FromQuery] int limit = 20)
    {
        if (limit is < 1 or > 1000) return Problems.BadRequest(this, "limit must be between 1 and 1000");
        if (prefix is { Length: > 200 }) return Problems.BadRequest(this, "prefix is at most 200 characters");
        return Ok(host.Speakers.Find(prefix, limit).Select(SpeakerSummaryDto.From).ToList());
    }

    [HttpGet("{id}")]
    [ProducesResponseType<SpeakerProfile>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Get(string id)
    {
        var profile = id.Length > 200 ? null : host.Speakers.Profile(id);
        return profile is null ? Problems.NotFound(this, $"no speaker with id '{id}'") : Ok(profile);
    }

    [HttpGet("{id}/quotes")]
    [ProducesResponseType<QuotePageDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Quotes(string id, [FromQuery] QuoteQuery query)
    {
        if (id.Length > 200 || host.Speakers.Profile(id) is null) return Problems.NotFound(this, $"no speaker with id '{id}'");
        query.Speaker = id;
        var request = query.ToRequest(SearchSort.Date);
        return request.Success ? QuoteResults.Respond(this, host, request.Value!, query.Format) : Problems.BadRequest(this, request.Error!);
    }
}
