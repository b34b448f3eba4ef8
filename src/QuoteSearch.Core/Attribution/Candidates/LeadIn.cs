using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>
/// A short paragraph that hands the next paragraph's quote to someone without a verb of saying: "And from
/// Chairwoman Ana Ruiz:" or the byline-like "From the desk of Ana Ruiz, chief analyst, Northwind." The name after
/// its last "from", "by" or "of" is the candidate; words after the name's comma are the role.
/// </summary>
internal static class LeadIn
{
    private const int MaxWords = 20;

    public static Mention? Of(List<Token> paragraph)
    {
        if (paragraph.Count < 2 || paragraph.Count(t => t.IsWord) > MaxWords || paragraph.Any(t => t.IsQuote)) return null;
        var endsWithColon = paragraph[^1].Text == ":";
        var opensWithFrom = paragraph.Take(2).Any(t => t.Is("from"));
        if (!endsWithColon && !opensWithFrom) return null;
        var after = LastIndex(paragraph, t => t.Is("from") || t.Is("by") || t.Is("of")) + 1;
        var (name, end) = NounPhrases.NameStartingAt(paragraph, after, paragraph.Count);
        if (name is not { Kind: MentionKind.Person }) return null;
        var role = end < paragraph.Count && paragraph[end].Text == "," ? Words(paragraph, end + 1) : name.Role;
        return name with { Role = string.IsNullOrWhiteSpace(role) ? name.Role : role };
    }

    private static int LastIndex(List<Token> tokens, Func<Token, bool> match)
    {
        for (var i = tokens.Count - 1; i >= 0; i--) if (match(tokens[i])) return i;
        return -1;
    }

    /// <summary>The words from <paramref name="from"/> to the paragraph's closing punctuation, commas kept.</summary>
    private static string Words(List<Token> tokens, int from)
    {
        var end = tokens.Count;
        while (end > from && !tokens[end - 1].IsWord) end--;
        var parts = tokens.Skip(from).Take(end - from).Select(t => t.Text == "," ? "," : " " + t.Text);
        return string.Concat(parts).Trim();
    }
}
