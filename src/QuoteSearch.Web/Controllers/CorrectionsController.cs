using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity.Corrections;
using QuoteSearch.Web.Models;
using QuoteSearch.Web.OpenApi;
using QuoteSearch.Web.Security;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Controllers;

/// <summary>
/// Editors' corrections to speaker identity: merge two speakers, rename one, split an alias off, give one quote to
/// another speaker; each is stored
/// beside the index, applied to every search and listing, kept across re-ingests, listed with who and when, and
/// undoable. Making or undoing one needs the API key; the audit trail is public.
/// </summary>
[ApiController]
[Route("api/speakers/corrections")]
public sealed class CorrectionsController(IndexHost host, IOptions<WebOptions> options) : ControllerBase
{
    private const int LongestWho = 100;

    /// <summary>Every correction, undos included, oldest first: number, kind, its fields, who and when (UTC).</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<SpeakerCorrection>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Audit() =>
        host.Corrector is { } corrector ? Ok(corrector.Audit) : Problems.NotFound(this, "this index keeps no corrections");

    /// <summary>Makes one correction: merge, rename, split or reassign (see the README); 201 with it as stored.</summary>
    [HttpPost]
    [RequiresApiKey]
    [ProducesResponseType<SpeakerCorrection>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Make([FromBody] CorrectionRequest request)
    {
        if (WriteAccess.Refused(this, options.Value) is { } refused) return refused;
        if (host.Corrector is not { } corrector) return Problems.NotFound(this, "this index keeps no corrections");
        if (request.Who is { Length: > LongestWho }) return Problems.BadRequest(this, $"who is at most {LongestWho} characters");
        var who = string.IsNullOrWhiteSpace(request.Who) ? "api key" : request.Who.Trim();
        Result<SpeakerCorrection> made = request.Kind switch
        {
            SpeakerCorrection.Merge => corrector.Merge(request.Speaker ?? "", request.Into ?? "", who),
            SpeakerCorrection.Rename => corrector.Rename(request.Speaker ?? "", request.Name ?? "", who),
            SpeakerCorrection.Split => corrector.Split(request.Speaker ?? "", request.Alias ?? "", who),
            SpeakerCorrection.Reassign => corrector.Reassign(request.Quote ?? "", request.Into ?? "", who),
            _ => Result<SpeakerCorrection>.Fail(CorrectionErrors.BadKind),
        };
        return made.Success ? StatusCode(StatusCodes.Status201Created, made.Value) : Problems.BadRequest(this, made.Error!);
    }

    /// <summary>Takes back correction <paramref name="number"/>; the undo is itself recorded.</summary>
    [HttpPost("{number:int}/undo")]
    [RequiresApiKey]
    [ProducesResponseType<SpeakerCorrection>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Undo(int number, [FromQuery] string? who)
    {
        if (WriteAccess.Refused(this, options.Value) is { } refused) return refused;
        if (host.Corrector is not { } corrector) return Problems.NotFound(this, "this index keeps no corrections");
        if (who is { Length: > LongestWho }) return Problems.BadRequest(this, $"who is at most {LongestWho} characters");
        var undone = corrector.Undo(number, string.IsNullOrWhiteSpace(who) ? "api key" : who.Trim());
        return undone.Success ? StatusCode(StatusCodes.Status201Created, undone.Value) : Problems.BadRequest(this, undone.Error!);
    }
}
