using System.Text;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// What a user types, made readable by the query parser and explained when it still is not: a phrase left open
/// runs to the end, a slash is a character (not the start of a regular expression), and a refused query gets a
/// reason in plain words (see <see cref="SearchErrors"/>) instead of the parser's lexer report.
/// </summary>
internal static class QuerySyntax
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||" };

    /// <summary>Closes an unbalanced quote mark at the end of the query and escapes slashes.</summary>
    public static string Prepare(string folded)
    {
        var builder = new StringBuilder(folded.Length + 2);
        var open = false;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == '\\' && i + 1 < folded.Length)
            {
                builder.Append(c).Append(folded[++i]);
                continue;
            }
            if (c == '"') open = !open;
            if (c == '/') builder.Append('\\');
            builder.Append(c);
        }
        return open ? builder.Append('"').ToString() : builder.ToString();
    }

    /// <summary>Why the parser refused a (prepared) query, in the user's terms.</summary>
    public static string Explain(string prepared)
    {
        var words = WordsOutsidePhrases(prepared);
        var depth = 0;
        foreach (var c in string.Concat(words))
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0) return SearchErrors.Syntax(SearchErrors.UnopenedBracket);
        }
        if (depth > 0) return SearchErrors.Syntax(SearchErrors.UnclosedBracket);
        if (words.Count > 0 && IsOperator(words[^1])) return SearchErrors.Syntax(SearchErrors.OperatorAtEnd(words[^1]));
        if (words.Count > 0 && IsJoining(words[0])) return SearchErrors.Syntax(SearchErrors.OperatorAtStart(words[0]));
        for (var i = 1; i < words.Count; i++)
        {
            var together = IsOperator(words[i - 1]) && IsJoining(words[i]);
            if (together) return SearchErrors.Syntax(SearchErrors.OperatorsTogether(words[i - 1], words[i]));
        }
        return SearchErrors.Syntax(SearchErrors.SyntaxHelp);
    }

    /// <summary>An operator that joins two words, so it needs one on each side.</summary>
    private static bool IsJoining(string word) => word is "AND" or "OR" or "&&" or "||";

    private static bool IsOperator(string word) => Operators.Contains(word) || word is "-" or "+" or "!";

    /// <summary>The whitespace-separated words with every quoted phrase taken out (it cannot be misread).</summary>
    private static List<string> WordsOutsidePhrases(string query)
    {
        var outside = new StringBuilder(query.Length);
        var inPhrase = false;
        for (var i = 0; i < query.Length; i++)
        {
            if (query[i] == '\\' && i + 1 < query.Length) { i++; outside.Append('x'); continue; }
            if (query[i] == '"') { inPhrase = !inPhrase; outside.Append(inPhrase ? " x" : " "); continue; }
            if (!inPhrase) outside.Append(query[i]);
        }
        return outside.ToString().Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
