using System.Text.Json;
using HtmlAgilityPack;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>The schema.org article objects in a page's JSON-LD blocks (also inside arrays and @graph).</summary>
internal static class JsonLd
{
    public static IEnumerable<JsonElement> Articles(HtmlNode root)
    {
        var scripts = root.SelectNodes("//script[@type='application/ld+json']");
        if (scripts is null) yield break;
        foreach (var script in scripts)
        {
            JsonElement parsed;
            try
            {
                using var json = JsonDocument.Parse(script.InnerText, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                parsed = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            foreach (var item in Flatten(parsed).Where(HasHeadlineOrDate))
            {
                yield return item;
            }
        }
    }

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
