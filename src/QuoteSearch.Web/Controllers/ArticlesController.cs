using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using QuoteSearch.Web.Models;
using QuoteSearch.Web.OpenApi;
using QuoteSearch.Web.Security;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Controllers;

/// <summary>One article with its paragraphs and quotes; ingest (POST) and delete need the API key.</summary>
[ApiController]
[Route("api/articles")]
public sealed class ArticlesController(IndexHost host, IOptions<WebOptions> options) : ControllerBase
{
    /// <summary>One article: its metadata and every paragraph with the quotes found in it.</summary>
    [HttpGet("{id}")]
    [ProducesResponseType<ArticleDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Get(string id)
    {
        var article = id.Length > 300 ? null : host.Articles.Get(id);
        if (article is null) return Problems.NotFound(this, $"no article with id '{id}'");
        return Ok(ArticleDto.From(article, host.Speakers.WithSpeakerId));
    }

    /// <summary>
    /// Ingests one article: text/plain, text/html, or application/json ({"id"?, "url", "title", "published", "html" | "text"}).
    /// </summary>
    [HttpPost]
    [Consumes("text/plain", "text/html", "application/json")]
    [RequestBody(typeof(ArticleUploadDto))]
    [RequiresApiKey]
    [ProducesResponseType<ArticleCreatedDto>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<IActionResult> Post([FromQuery] string? id, CancellationToken cancellationToken)
    {
        if (Refused() is { } refused) return refused;
        var limit = options.Value.MaxUploadBytes;
        ObjectResult TooLarge() =>
            Problem(detail: $"the body is over {limit:N0} bytes", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
        if (Request.ContentLength > limit) return TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return TooLarge();
        }
        var bytes = buffer.ToArray();
        if (IsUnusableId(id))
        {
            return Problems.BadRequest(this, "id must be at most 200 characters without slashes or control characters");
        }
        var mediaType = Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var extension = mediaType switch { "text/html" => ".html", "application/json" => ".jsonl", _ => ".txt" };
        if (extension == ".jsonl")
        {
            try
            {
                using var json = JsonDocument.Parse(bytes);
                bytes = JsonSerializer.SerializeToUtf8Bytes(json.RootElement);
            }
            catch (JsonException e)
            {
                return Problems.BadRequest(this, $"the body is not JSON: {e.Message}");
            }
        }
        var articleId = id ?? "a" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var outcomes = host.Reader.ReadBytes("request body", articleId, extension, bytes).ToList();
        var failed = outcomes.FirstOrDefault(o => o.Article is null);
        if (failed is not null) return Problems.BadRequest(this, failed.Error!);
        var added = host.Add(outcomes.Select(o => o.Article!));
        var first = added[0];
        var created = new ArticleCreatedDto(first.Id, first.Quotes, Links.Paragraph(first.Id, 0).Split('#')[0]);
        return Created($"/api/articles/{Uri.EscapeDataString(first.Id)}", created);
    }

    /// <summary>Removes an article and its quotes.</summary>
    [HttpDelete("{id}")]
    [RequiresApiKey]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Delete(string id)
    {
        if (Refused() is { } refused) return refused;
        return host.Delete(id) ? NoContent() : Problems.NotFound(this, $"no article with id '{id}'");
    }

    private ObjectResult? Refused() => WriteAccess.Refused(this, options.Value);

    /// <summary>An id the caller chose that is over 200 characters or holds a slash, a backslash or a control character.</summary>
    private static bool IsUnusableId(string? id) =>
        id is { Length: > 200 } || (id is not null && id.Any(c => char.IsControl(c) || c is '/' or '\\'));
}
