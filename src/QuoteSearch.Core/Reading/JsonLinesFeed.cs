using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Reading;

/// <summary>
/// A crawl as JSON Lines, one article a line: <c>{"id"?, "url", "title", "published", "html" | "text"}</c>.
/// A bad line is reported with its line number; the other lines still go in.
/// </summary>
internal static class JsonLinesFeed
{
    public static IEnumerable<Result<ArticleInput>> Entries(string origin, string stem, string content)
    {
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Entry($"{origin}:{lineNumber}", $"{stem}-{lineNumber}", line);
        }
    }

    private static Result<ArticleInput> Entry(string origin, string fallbackId, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Result<ArticleInput>.Fail(ReadErrors.BadJsonLine(origin, "not an object"));
            }
            var root = json.RootElement;
            var url = Text(root, "url");
            var html = Text(root, "html");
            var text = Text(root, "text");
            if (html is null && text is null) return Result<ArticleInput>.Fail(ReadErrors.JsonLineWithoutBody(origin));
            var id = Text(root, "id") ?? (url is null ? fallbackId : StableId(url));
            var format = html is null ? InputFormat.PlainText : InputFormat.Html;
            return Result<ArticleInput>.Ok(new ArticleInput(origin, id, html ?? text!, format)
            {
                Url = url,
                Title = Text(root, "title"),
                Published = Dates.TryParse(Text(root, "published")),
            });
        }
        catch (JsonException e)
        {
            return Result<ArticleInput>.Fail(ReadErrors.BadJsonLine(origin, e.Message));
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    /// <summary>The same URL always gets the same id, so re-ingesting a crawl replaces instead of duplicating.</summary>
    private static string StableId(string url) =>
        "u" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.Trim())))[..16];
}
