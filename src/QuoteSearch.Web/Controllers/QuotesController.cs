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
    [HttpGet]
    public IActionResult Search([FromQuery] QuoteQuery query)
    {
        var request = query.ToRequest();
        if (!request.Success) return Problems.BadRequest(this, request.Error!);
        return QuoteResults.Respond(this, host, request.Value!, query.Format);
    }

    /// <summary>The same quote in every article that carried it: first seen, how many, and links to each.</summary>
    [HttpGet("{id}/group")]
    public IActionResult Group(string id)
    {
        var group = id.Length > 300 ? null : host.Groups.OfQuote(id);
        if (group is null) return Problems.NotFound(this, $"no quote with id '{id}'");
        return Ok(new
        {
            quote = group.Text,
            firstSeen = group.FirstSeen,
            firstOutlet = group.FirstOutlet,
            articles = group.Articles,
            appearances = group.Appearances.Select(h => QuoteDto.From(h, group.Articles)),
        });
    }
}
