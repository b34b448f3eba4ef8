using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Controllers;

/// <summary>How big the corpus is, as the CLI's <c>stats</c> counts it; the front page shows it before a search.</summary>
[ApiController]
[Route("api/stats")]
public sealed class StatsController(IndexHost host) : ControllerBase
{
    /// <summary>How many articles, quotes (every kind) and distinct speakers (after corrections) the index holds.</summary>
    [HttpGet]
    [ProducesResponseType<StatsDto>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Get() => Ok(StatsDto.From(IndexStats.Of(host.Index, host.Speakers)));
}
