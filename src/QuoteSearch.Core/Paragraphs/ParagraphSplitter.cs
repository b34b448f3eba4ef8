using System.Text;

namespace QuoteSearch.Core.Paragraphs;

/// <summary>
/// Splits plain text into paragraphs: blank lines separate them; when a text has no blank line at all,
/// each non-empty line is a paragraph. Whitespace inside a paragraph is folded to single spaces.
/// </summary>
public static class ParagraphSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var hasBlankLine = lines.Any(string.IsNullOrWhiteSpace) && lines.Count(l => !string.IsNullOrWhiteSpace(l)) > 1;
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || !hasBlankLine)
            {
                Flush(current, paragraphs);
                if (!hasBlankLine) current.Append(line);
                continue;
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(line);
        }
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = Whitespace.Fold(current.ToString());
        if (paragraph.Length > 0) paragraphs.Add(paragraph);
        current.Clear();
    }
}
