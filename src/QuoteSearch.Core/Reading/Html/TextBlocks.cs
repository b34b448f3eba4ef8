using System.Text;
using HtmlAgilityPack;
using QuoteSearch.Core.Paragraphs;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>
/// Flattens a page into text blocks in reading order: block elements and &lt;br&gt; end a block, inline markup
/// joins with the page's own spacing, entities are decoded. Iterative, so deep nesting cannot overflow the stack.
/// </summary>
internal static class TextBlocks
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "hr", "address", "center", "body",
    };

    public static List<TextBlock> Read(HtmlNode root, bool dropByNames = true)
    {
        var blocks = new List<TextBlock>();
        var text = new StringBuilder();
        var linkChars = 0;
        var owners = new Stack<HtmlNode>();
        owners.Push(root);

        void Flush()
        {
            var folded = Whitespace.Fold(HtmlEntity.DeEntitize(text.ToString()) ?? "");
            if (folded.Length > 0) blocks.Add(new TextBlock(owners.Peek(), folded, Math.Min(linkChars, folded.Length)));
            text.Clear();
            linkChars = 0;
        }

        // (node, leaving): on leaving a block element its text ends and the enclosing block resumes.
        var work = new Stack<(HtmlNode Node, bool Leaving, int LinkDepth)>();
        work.Push((root, false, 0));
        while (work.Count > 0)
        {
            var (node, leaving, linkDepth) = work.Pop();
            if (leaving)
            {
                Flush();
                owners.Pop();
                continue;
            }
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    var raw = node.InnerHtml;
                    text.Append(raw);
                    if (linkDepth > 0) linkChars += raw.Length;
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }
            if (node != root && node.NodeType == HtmlNodeType.Element && Boilerplate.IsDropped(node, dropByNames)) continue;
            if (node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                continue;
            }
            var isBlock = node.NodeType == HtmlNodeType.Element && BlockTags.Contains(node.Name);
            if (isBlock)
            {
                Flush();
                owners.Push(node);
                work.Push((node, true, linkDepth));
            }
            var childLinkDepth = linkDepth + (node.Name.Equals("a", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                work.Push((child, false, childLinkDepth));
            }
        }
        Flush();
        return blocks;
    }
}
