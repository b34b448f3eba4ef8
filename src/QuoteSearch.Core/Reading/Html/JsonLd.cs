using System.Text.Json;
using HtmlAgilityPack;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>The schema.org article objects in a page's JSON-LD blocks (also inside arrays and @graph).</summary>
internal static class JsonLd
{
    public static IEnumerable<JsonElement> Articles(HtmlNode root) => Nodes(root).Where(HasHeadlineOrDate);

    /// <summary>Every object of every JSON-LD block; a block that is not JSON is skipped.</summary>
    private static IEnumerable<JsonElement> Nodes(HtmlNode root)
    {
        var scripts = root.SelectNodes("//script[@type='application/ld+json']");
        if (scripts is null) yield break;
        foreach (var script in scripts)
        {
            JsonElement parsed;
            try
            {
                var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
                using var json = JsonDocument.Parse(script.InnerText, options);
                parsed = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            foreach (var item in Flatten(parsed))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The article's publisher name: <c>"publisher": "Name"</c>, <c>{"name": ...}</c>, the first of an array, or an
    /// <c>{"@id": ...}</c> reference to an organisation elsewhere in the page's JSON-LD.
    /// </summary>
    public static string? PublisherName(JsonElement article, HtmlNode root)
    {
        if (!article.TryGetProperty("publisher", out var publisher)) return null;
        if (publisher.ValueKind == JsonValueKind.Array) publisher = publisher.EnumerateArray().FirstOrDefault();
        if (publisher.ValueKind == JsonValueKind.String) return publisher.GetString();
        if (publisher.ValueKind != JsonValueKind.Object) return null;
        if (Text(publisher, "name") is { } name) return name;
        var id = Text(publisher, "@id");
        if (id is null) return null;
        return Nodes(root).Where(n => Text(n, "@id") == id).Select(n => Text(n, "name")).FirstOrDefault(n => n is not null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Flatten)) yield return item;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Flatten(graph)) yield return item;
            }
        }
    }

    private static bool HasHeadlineOrDate(JsonElement element) =>
        element.TryGetProperty("headline", out _) || element.TryGetProperty("datePublished", out _);
}
