using System.Text;
using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;

namespace QuoteSearch.Web.Services;

/// <summary>Turns a search into a page of JSON, or with format=csv|json into a bounded download of every result.</summary>
public static class QuoteResults
{
    public const int MaxExport = 10_000;

    public static IActionResult Respond(ControllerBase controller, IndexHost host, SearchRequest request, string? format)
    {
        var searcher = host.Searcher;
        if (string.IsNullOrEmpty(format))
        {
            var page = searcher.Search(request);
            if (!page.Success) return Problems.BadRequest(controller, page.Error!);
            var carried = host.Groups.CarriedCounts(page.Value!.Hits.Select(h => h.Fingerprint));
            var hits = page.Value.Hits.Select(h => QuoteDto.From(h, carried.GetValueOrDefault(h.Fingerprint, 1))).ToList();
            return controller.Ok(new QuotePageDto(page.Value.Total, hits, page.Value.NextCursor, page.Value.Undated));
        }
        if (format is not ("csv" or "json")) return Problems.BadRequest(controller, "format must be csv or json");

        var all = new List<QuoteDto>();
        var next = request with { Limit = SearchRequest.MaxLimit };
        while (all.Count < MaxExport)
        {
            var page = searcher.Search(next);
            if (!page.Success) return Problems.BadRequest(controller, page.Error!);
            all.AddRange(page.Value!.Hits.Select(h => QuoteDto.From(h)));
            if (page.Value.NextCursor is null) break;
            next = next with { Cursor = page.Value.NextCursor };
        }
        if (all.Count > MaxExport) all.RemoveRange(MaxExport, all.Count - MaxExport);
        controller.Response.Headers.ContentDisposition = $"attachment; filename=\"quotes.{format}\"";
        return format == "json"
            ? new JsonResult(all)
            : controller.File(Encoding.UTF8.GetBytes(Csv.Of(all)), "text/csv; charset=utf-8");
    }
}
