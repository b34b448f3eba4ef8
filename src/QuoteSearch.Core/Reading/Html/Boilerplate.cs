using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>What is not article text: page furniture recognised by tag, by class and id names, or by being hidden.</summary>
internal static partial class Boilerplate
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select",
        "input", "textarea", "template", "head", "figure", "figcaption", "picture", "video", "audio", "canvas",
        "object", "embed", "menu", "dialog", "label",
    };

    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "article", "main" };

    public static bool IsDropped(HtmlNode element)
    {
        if (DroppedTags.Contains(element.Name)) return true;
        if (element.Attributes.Contains("hidden") || element.GetAttributeValue("aria-hidden", "") == "true") return true;
        var style = element.GetAttributeValue("style", "");
        if (style.Length > 0 && HiddenStyle().IsMatch(style)) return true;
        if (Structural.Contains(element.Name)) return false;
        var names = element.GetAttributeValue("class", "") + " " + element.GetAttributeValue("id", "");
        var role = element.GetAttributeValue("role", "");
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" or "alert") return true;
        return names.Length > 1 && Unlikely().IsMatch(names) && !Likely().IsMatch(names);
    }

    /// <summary>Short lines that are widgets' labels rather than text.</summary>
    public static bool IsNoiseLine(string text) => text.Length < 80 && NoiseLine().IsMatch(text);

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(?:^|[\s_-])(?:ad|ads|advert\w*|banner|breadcrumbs?|byline|caption|combx|comments?|community|consent|cookie\w*|credit\w*|disqus|footer|gdpr|masthead|menu|modal|most-?popular|newsletter|outbrain|pagination|pager|popup|promo\w*|recirc\w*|related|remark|replies|rss|share\w*|shoutbox|sidebar|signup|skyscraper|social|sponsor\w*|subscri\w*|supplemental|taboola|tags?|toolbar|widget|sr-only|visually-hidden|author-bio|newsletter\w*|nav\w*)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"article-?body|story-?body|entry-content|post-content|articletext|article__body|main-content|story-content", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Likely();

    [GeneratedRegex(@"^(?:advertisement|ad|share( this)?( article| story)?|read more|continue reading|follow us.*|sign up.*|subscribe.*|related( articles| stories)?|click here.*|image|photo|loading\.*|print|email|comments?)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NoiseLine();
}
