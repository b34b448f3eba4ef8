namespace QuoteSearch.Core.Paragraphs;

/// <summary>
/// Splits plain text into paragraphs. Blank lines separate blocks; inside a block, lines are joined when the
/// text is hard-wrapped, but each line is its own paragraph when the lines end like sentences (text that
/// puts one paragraph on each line). Whitespace inside a paragraph is folded to single spaces.
/// </summary>
public static class ParagraphSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                block.Add(line);
                continue;
            }
            if (block.Count == 0) continue;
            if (LinesAreParagraphs(block)) paragraphs.AddRange(block.Select(Whitespace.Fold).Where(p => p.Length > 0));
            else paragraphs.Add(Whitespace.Fold(string.Join(' ', block)));
            block.Clear();
        }
        return paragraphs;
    }

    /// <summary>Most lines end a sentence: one paragraph per line rather than a wrapped paragraph.</summary>
    private static bool LinesAreParagraphs(List<string> block)
    {
        if (block.Count < 2) return false;
        var sentenceEnds = block.Take(block.Count - 1).Count(EndsLikeASentence);
        return sentenceEnds * 2 >= block.Count - 1;
    }

    /// <summary>A line whose last visible character closes a sentence, a quote or a bracket, or is a colon.</summary>
    private static bool EndsLikeASentence(string line) =>
        line.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')';
}
