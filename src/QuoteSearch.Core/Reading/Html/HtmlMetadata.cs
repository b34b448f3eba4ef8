using System.Text.Json;
using HtmlAgilityPack;
using QuoteSearch.Core.Paragraphs;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>
/// Title, date, canonical URL, site (the publisher: og:site_name, else JSON-LD publisher) and author, each from the
/// most reliable place a page states it.
/// </summary>
internal static class HtmlMetadata
{
    public static PageMetadata Read(HtmlDocument document)
    {
        var root = document.DocumentNode;
        var metas = MetaTags(root);
        string? Meta(HtmlNode _, string name) => metas.GetValueOrDefault(name);
        var jsonLd = JsonLd.Articles(root).ToList();
        var site = Meta(root, "og:site_name");
        var title = Meta(root, "og:title")
            ?? jsonLd.Select(a => Str(a, "headline")).FirstOrDefault(t => t is not null)
            ?? WithoutSiteSuffix(Text(root.SelectSingleNode("//title")), site)
            ?? Text(root.SelectSingleNode("//h1"));
        var published = jsonLd.Select(a => Dates.TryParse(Str(a, "datePublished"))).FirstOrDefault(d => d is not null)
            ?? Dates.TryParse(Meta(root, "article:published_time"))
            ?? Dates.TryParse(Meta(root, "datePublished"))
            ?? Dates.TryParse(root.SelectSingleNode("//time[@datetime]")?.GetAttributeValue("datetime", ""));
        var url = Attr(root.SelectSingleNode("//link[@rel='canonical']"), "href") ?? Meta(root, "og:url");
        var author = Meta(root, "author") ?? jsonLd.Select(Author).FirstOrDefault(a => a is not null);
        // The publisher's name from the page; a word of the address (a syndication host's "Hosted") is no name.
        var outlet = Outlets.Named(Clean(site), url)
            ?? jsonLd.Select(a => Outlets.Named(Clean(JsonLd.PublisherName(a, root)), url)).FirstOrDefault(n => n is not null);
        return new PageMetadata(Clean(title), published ?? Dates.FromUrl(url), Clean(url), outlet, Clean(author));
    }

    /// <summary>Every named meta tag's content, read in one pass (the first of a name wins).</summary>
    private static Dictionary<string, string> MetaTags(HtmlNode root)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in root.Descendants("meta"))
        {
            var key = meta.GetAttributeValue("property", null)
                ?? meta.GetAttributeValue("name", null)
                ?? meta.GetAttributeValue("itemprop", null);
            var content = meta.GetAttributeValue("content", null);
            if (key is not null && !string.IsNullOrWhiteSpace(content)) metas.TryAdd(key, HtmlEntity.DeEntitize(content));
        }
        return metas;
    }

    private static string? Attr(HtmlNode? node, string name)
    {
        var value = node?.GetAttributeValue(name, null);
        return string.IsNullOrWhiteSpace(value) ? null : HtmlEntity.DeEntitize(value);
    }

    private static string? Text(HtmlNode? node) => node is null ? null : Whitespace.Fold(HtmlEntity.DeEntitize(node.InnerText));

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Author(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author)) return null;
        if (author.ValueKind == JsonValueKind.Array) author = author.EnumerateArray().FirstOrDefault();
        return author.ValueKind switch
        {
            JsonValueKind.String => author.GetString(),
            JsonValueKind.Object => Str(author, "name"),
            _ => null,
        };
    }

    /// <summary>"Headline | Site" or "Headline - Site": drop the part that names the site.</summary>
    private static string? WithoutSiteSuffix(string? title, string? site)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        foreach (var separator in new[] { " | ", " - ", " — ", " – ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var tail = title[(at + separator.Length)..];
            if (site is null
                || tail.Contains(site, StringComparison.OrdinalIgnoreCase)
                || tail.Split(' ').Length <= 4)
            {
                return title[..at].Trim();
            }
        }
        return title;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : Whitespace.Fold(value);
}
