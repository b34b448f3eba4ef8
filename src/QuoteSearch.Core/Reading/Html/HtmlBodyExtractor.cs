using HtmlAgilityPack;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>
/// Finds the article body: text blocks vote for the element that contains them (readability-style scoring),
/// the best container and its strong siblings are kept, and link lists and widget labels inside are dropped.
/// </summary>
internal static class HtmlBodyExtractor
{
    private const int MinScoredLength = 25;

    public static List<string> Paragraphs(HtmlDocument document)
    {
        var root = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var blocks = TextBlocks.Read(root);
        var scores = ScoreContainers(blocks);
        if (scores.Count == 0) return blocks.Where(Keep).Select(b => b.Text).ToList();

        var best = scores.MaxBy(kv => kv.Value).Key;
        var chosen = new HashSet<HtmlNode> { best };
        var threshold = Math.Max(10, scores[best] * 0.2);
        foreach (var sibling in best.ParentNode?.ChildNodes ?? Enumerable.Empty<HtmlNode>())
        {
            if (sibling != best && scores.TryGetValue(sibling, out var score) && score >= threshold) chosen.Add(sibling);
        }
        return blocks.Where(b => IsInside(b.Element, chosen) && Keep(b)).Select(b => b.Text).ToList();
    }

    private static Dictionary<HtmlNode, double> ScoreContainers(List<TextBlock> blocks)
    {
        var scores = new Dictionary<HtmlNode, double>();
        foreach (var block in blocks)
        {
            if (block.Text.Length < MinScoredLength || block.LinkDensity > 0.5) continue;
            var score = 1 + block.Text.Count(c => c == ',') + Math.Min(block.Text.Length / 100.0, 3);
            var parent = block.Element.Name is "p" or "li" or "blockquote" or "pre" or "h2" or "h3" or "td" ? block.Element.ParentNode : block.Element;
            if (block.Element.Name is "li" && parent?.ParentNode is not null) parent = parent.ParentNode;
            Add(scores, parent, score * Bonus(parent));
            Add(scores, parent?.ParentNode, score / 2 * Bonus(parent?.ParentNode));
        }
        return scores;
    }

    private static double Bonus(HtmlNode? node)
    {
        if (node is null) return 1;
        var names = node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "") + " " + node.GetAttributeValue("itemprop", "");
        return names.Contains("articleBody", StringComparison.OrdinalIgnoreCase) || names.Contains("article-body", StringComparison.OrdinalIgnoreCase)
               || names.Contains("story-body", StringComparison.OrdinalIgnoreCase) || names.Contains("entry-content", StringComparison.OrdinalIgnoreCase)
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
