using HtmlAgilityPack;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>
/// Finds the article body: text blocks vote for the element that contains them (readability-style scoring),
/// the best container and its strong siblings are kept, and link lists and widget labels inside are dropped.
/// </summary>
internal static class HtmlBodyExtractor
{
    private const int MinScoredLength = 25;

    /// <summary>Below this much text the first pass probably dropped the story with the furniture.</summary>
    private const int MinBodyChars = 250;

    public static List<string> Paragraphs(HtmlDocument document)
    {
        var root = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var strict = Paragraphs(TextBlocks.Read(root));
        if (strict.Sum(p => p.Length) >= MinBodyChars) return strict;
        // Readability's second try: class and id names misled us ("widget Blog", "ad-margins"); trust tags only.
        var lenient = Paragraphs(TextBlocks.Read(root, dropByNames: false));
        return lenient.Sum(p => p.Length) > strict.Sum(p => p.Length) ? lenient : strict;
    }

    private static List<string> Paragraphs(List<TextBlock> blocks)
    {
        var scores = ScoreContainers(blocks);
        if (scores.Count == 0) return blocks.Where(Keep).Select(b => b.Text).ToList();

        var top = scores.MaxBy(kv => kv.Value);
        var best = WidenToWholeArticle(top.Key, blocks);
        var chosen = new HashSet<HtmlNode> { best };
        var threshold = Math.Max(10, top.Value * 0.2);
        foreach (var sibling in best.ParentNode?.ChildNodes ?? Enumerable.Empty<HtmlNode>())
        {
            if (sibling != best
                && scores.TryGetValue(sibling, out var score)
                && score >= threshold
                && LooksLikeProse(sibling, blocks))
            {
                chosen.Add(sibling);
            }
        }
        var kept = new List<string>();
        foreach (var block in blocks.Where(b => IsInside(b.Element, chosen)))
        {
            // "Related", "Tags", "You may also like": what follows is not the story.
            if (kept.Count > 0 && Boilerplate.StartsTail(block.Text)) break;
            if (Keep(block)) kept.Add(block.Text);
        }
        return kept;
    }

    /// <summary>
    /// Pages that split the story into several column or section wrappers (one per few paragraphs) make the
    /// best-scoring container only a part: climb while the parent holds clearly more good paragraph text.
    /// </summary>
    private static HtmlNode WidenToWholeArticle(HtmlNode best, List<TextBlock> blocks)
    {
        const int MaxLevels = 8;
        var good = blocks.Where(b => b.Text.Length >= MinScoredLength && b.LinkDensity < 0.3).ToList();
        var current = best;
        var inside = TextInside(current, good);
        var level = 0;
        for (var parent = current.ParentNode;
             parent is not null && level++ < MaxLevels && parent.Name is not ("body" or "html" or "#document");
             parent = parent.ParentNode)
        {
            // The page's own mark of the story body (itemprop=articleBody, class article-body) settles it.
            if (Boilerplate.MarksArticleBody(parent)) return parent;
            var widened = TextInside(parent, good);
            if (widened == inside) continue; // a pure wrapper
            if (widened < inside * 1.3) break;
            (current, inside) = (parent, widened);
        }
        return current;
    }

    /// <summary>Paragraphs, not a list of teasers: few links and sentences of some length.</summary>
    private static bool LooksLikeProse(HtmlNode container, List<TextBlock> blocks)
    {
        var inside = blocks.Where(b => IsInside(b.Element, [container])).ToList();
        var chars = inside.Sum(b => b.Text.Length);
        return chars > 0 && inside.Sum(b => b.LinkChars) < chars * 0.25 && chars / inside.Count >= 80;
    }

    private static int TextInside(HtmlNode container, List<TextBlock> blocks) =>
        blocks.Where(b => IsInside(b.Element, [container])).Sum(b => b.Text.Length);

    private static Dictionary<HtmlNode, double> ScoreContainers(List<TextBlock> blocks)
    {
        var scores = new Dictionary<HtmlNode, double>();
        foreach (var block in blocks)
        {
            if (block.Text.Length < MinScoredLength || block.LinkDensity > 0.5) continue;
            var score = 1 + block.Text.Count(c => c == ',') + Math.Min(block.Text.Length / 100.0, 3);
            var parent = block.Element.Name is "p" or "li" or "blockquote" or "pre" or "h2" or "h3" or "td"
                ? block.Element.ParentNode
                : block.Element;
            if (block.Element.Name is "li" && parent?.ParentNode is not null) parent = parent.ParentNode;
            Add(scores, parent, score * Bonus(parent));
            Add(scores, parent?.ParentNode, score / 2 * Bonus(parent?.ParentNode));
        }
        return scores;
    }

    private static double Bonus(HtmlNode? node)
    {
        if (node is null) return 1;
        var names = node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "") + " "
            + node.GetAttributeValue("itemprop", "");
        return names.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
               || names.Contains("article-body", StringComparison.OrdinalIgnoreCase)
               || names.Contains("story-body", StringComparison.OrdinalIgnoreCase)
               || names.Contains("entry-content", StringComparison.OrdinalIgnoreCase)
            ? 1.5
            : 1;
    }

    private static void Add(Dictionary<HtmlNode, double> scores, HtmlNode? node, double score)
    {
        if (node is null || node.NodeType != HtmlNodeType.Element) return;
        scores[node] = scores.GetValueOrDefault(node) + score;
    }

    private static bool IsInside(HtmlNode element, HashSet<HtmlNode> containers)
    {
        for (var node = element; node is not null; node = node.ParentNode)
        {
            if (containers.Contains(node)) return true;
        }
        return false;
    }

    private static bool Keep(TextBlock block) =>
        !(block.LinkDensity > 0.5 && block.Text.Length < 200) && !Boilerplate.IsNoiseLine(block.Text);
}
