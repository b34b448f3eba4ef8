using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;

namespace QuoteSearch.Web.Services;

/// <summary>ProblemDetails responses with a clear title and the reason in <c>detail</c>.</summary>
public static class Problems
{
    public static ObjectResult BadRequest(ControllerBase controller, string detail) =>
        controller.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    public static ObjectResult NotFound(ControllerBase controller, string detail) =>
        controller.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ObjectResult Unauthorized(ControllerBase controller) =>
        controller.Problem(
            detail: "this needs a valid API key in the X-Api-Key header",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized");

    /// <summary>
    /// A speaker asked for by name that is not exactly one speaker: 409 with <c>candidates</c> (id, name, type, quotes)
    /// when several match, 404 with the <c>nearest</c> names when none does.
    /// </summary>
    public static ObjectResult Speaker(ControllerBase controller, string asked, SpeakerMatch match)
    {
        var ambiguous = match.Ambiguous;
        var problem = new ProblemDetails
        {
            Status = ambiguous ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound,
            Title = ambiguous ? "Several speakers match" : "No speaker matches",
            Detail = SearchErrors.Speaker(asked, match),
        };
        problem.Extensions[ambiguous ? "candidates" : "nearest"] =
            (ambiguous ? match.Candidates : match.Nearest).Select(SpeakerCandidateDto.From).ToList();
        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>Said at start and in every 403 of a server that has no API key.</summary>
    public const string WritingDisabled =
        "writing is disabled on this server: no API key is configured (set QuoteSearch:ApiKey or QUOTESEARCH_API_KEY and restart)";

    public static ObjectResult Forbidden(ControllerBase controller) =>
        controller.Problem(detail: WritingDisabled, statusCode: StatusCodes.Status403Forbidden, title: "Writing is disabled");

    public static string UnsupportedMediaType(IEnumerable<string> accepted) =>
        $"the body's Content-Type is not one this endpoint reads; send one of: {string.Join(", ", accepted)}";
}
