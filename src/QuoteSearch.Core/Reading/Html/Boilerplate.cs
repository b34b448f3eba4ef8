using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>What is not article text: page furniture recognised by tag, by class and id names, or by being hidden.</summary>
internal static partial class Boilerplate
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "footer", "aside", "iframe", "svg", "button", "select",
        "input", "textarea", "template", "head", "figure", "figcaption", "picture", "video", "audio", "canvas",
        "object", "embed", "menu", "dialog", "label", "time",
    };

    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "article", "main" };

    /// <param name="byNames">Also drop by class and id names; the second, lenient pass turns this off.</param>
    public static bool IsDropped(HtmlNode element, bool byNames = true)
    {
        if (DroppedTags.Contains(element.Name)) return true;
        if (element.Attributes.Contains("hidden") || element.GetAttributeValue("aria-hidden", "") == "true") return true;
        var style = element.GetAttributeValue("style", "");
        if (style.Length > 0 && HiddenStyle().IsMatch(style)) return true;
        if (Structural.Contains(element.Name) || !byNames) return false;
        var names = element.GetAttributeValue("class", "") + " " + element.GetAttributeValue("id", "");
        var role = element.GetAttributeValue("role", "");
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" or "alert") return true;
        if (names.Length <= 1 || Likely().IsMatch(names) || EmbeddedPost().IsMatch(names)) return false;
        // Calls to action, comment threads and recommendation feeds can be long, but are never the story.
        return NeverArticle().IsMatch(names) || (Unlikely().IsMatch(names) && !HoldsArticleText(element));
    }

    /// <summary>
    /// A wrapper whose class happens to say "ad" or "widget" but which holds several long paragraphs is the
    /// article itself (teaser lists have short ones). Looked at only for elements the class test flagged.
    /// </summary>
    private static bool HoldsArticleText(HtmlNode element)
    {
        const int Enough = 1500;
        var text = 0;
        var work = new Stack<HtmlNode>();
        work.Push(element);
        while (work.Count > 0)
        {
            var node = work.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                text += node.InnerLength;
                if (text >= Enough) return true;
                continue;
            }
            if (node.Name is "script" or "style" or "a" or "noscript" or "nav" or "aside" or "footer") continue;
            for (var child = node.FirstChild; child is not null; child = child.NextSibling) work.Push(child);
        }
        return false;
    }

    /// <summary>A short heading that starts the furniture after a story: related links, tags, comments.</summary>
    public static bool StartsTail(string text) => text.Length <= 40 && TailHeading().IsMatch(text);

    [GeneratedRegex(
        @"^(?:related( (articles|stories|content|posts|coverage))?|tags?|topics|comments?|leave a (comment|reply)|"
        + @"you (may|might) also like|more (from|on|stories)\b.*|recommended( for you)?|trending( now)?|most (read|popular)|"
        + @"popular (stories|posts)|share this( article| story)?|about the author|você pode gostar.*|leia (também|mais)|"
        + @"veja também|lesen sie auch|à lire aussi|lire aussi|te puede interesar|también te puede interesar)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TailHeading();

    /// <summary>The page says this element is the story body.</summary>
    public static bool MarksArticleBody(HtmlNode element) =>
        element.GetAttributeValue("itemprop", "").Equals("articleBody", StringComparison.OrdinalIgnoreCase)
        || element.GetAttributeValue("name", "").Equals("articleBody", StringComparison.OrdinalIgnoreCase)
        || Likely().IsMatch(element.GetAttributeValue("class", "") + " " + element.GetAttributeValue("id", ""));

    /// <summary>Short lines that are widgets' labels rather than text.</summary>
    public static bool IsNoiseLine(string text) =>
        (text.Length < 80 && NoiseLine().IsMatch(text)) || (text.Length < 250 && PromoLine().IsMatch(text));

    [GeneratedRegex(
        @"(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox)|^have a (?:news )?tip\b|\b(?:can|may) be reached at\b|"
        + @"^follow (?:us|him|her|them) on (?:twitter|facebook|instagram)|all rights reserved|^(?:©|copyright\b)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PromoLine();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(
        @"(?:^|[\s_-])(?:ad|ads|advert\w*|banner|breadcrumbs?|byline|caption|combx|comments?|community|consent|cookie\w*|"
        + @"credit\w*|disqus|footer|gdpr|masthead|menu|modal|most-?popular|outbrain|pagination|pager|popup|promo\w*|"
        + @"recirc\w*|related|remark|replies|rss|share\w*|shoutbox|sidebar|signup|skyscraper|social|sponsor\w*|subscri\w*|"
        + @"supplemental|taboola|tags?|toolbar|widget|sr-only|visually-hidden|author-bio|newsletter\w*|nav\w*)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Unlikely();

    // An embedded tweet or post quoted by the story is part of it, though its wrapper says "social".
    [GeneratedRegex(
        @"twitter-tweet|instagram-media|tiktok-embed|(?:social|twitter|tweet|instagram)[\w-]*-embed|"
        + @"embed-(?:social|twitter|tweet|instagram)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EmbeddedPost();

    [GeneratedRegex(
        @"(?:^|[\s_-])(?:cta|comments|disqus|outbrain|taboola)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NeverArticle();

    [GeneratedRegex(
        @"article-?body|story-?body|entry-content|post-content|articletext|article__body|main-content|story-content",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Likely();

    [GeneratedRegex(
        @"^(?:advertisement|advert|ad|share( this)?( article| story)?|read more|continue reading|follow us.*|sign up.*|"
        + @"subscribe.*|related( articles| stories)?|click here.*|image|photo|loading\.*|print|email|comments?)$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NoiseLine();
}
