using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Controllers;

/// <summary>Full-text quote search with filters, cursor paging and CSV/JSON export.</summary>
[ApiController]
[Route("api/quotes")]
public sealed class QuotesController(IndexHost host) : ControllerBase
{
    /// <summary>
    /// Searches the quotes: a page of hits with a cursor to the next, or with format=csv|json every result as a file.
    /// <c>speaker</c> takes an id, a full name, a surname or a variant: several matches answer 409 with
    /// <c>candidates</c>, none 404 with the <c>nearest</c> names, never an empty list.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<QuotePageDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public IActionResult Search([FromQuery] QuoteQuery query)
    {
        var request = query.ToRequest();
        if (!request.Success) return Problems.BadRequest(this, request.Error!);
        if (string.IsNullOrWhiteSpace(request.Value!.Speaker)) return QuoteResults.Respond(this, host, request.Value, query.Format);
        // A speaker by name, surname or variant: exactly one, or the candidates (409) or the nearest names (404).
        var match = host.Speakers.Match(request.Value.Speaker);
        if (!match.Found) return Problems.Speaker(this, request.Value.Speaker, match);
        return QuoteResults.Respond(this, host, request.Value with { Speaker = match.Speaker!.Id }, query.Format);
    }

    /// <summary>The same quote in every article that carried it: first seen, how many, and links to each.</summary>
    [HttpGet("{id}/group")]
    [ProducesResponseType<QuoteGroupDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Group(string id)
    {
        var group = id.Length > 300 ? null : host.Groups.OfQuote(id);
        if (group is null) return Problems.NotFound(this, $"no quote with id '{id}'");
        return Ok(QuoteGroupDto.From(group, host.Speakers.WithSpeakerId));
    }
}
