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
        return QuoteResults.Respond(this, host.Searcher, request.Value!, query.Format);
    }
}
