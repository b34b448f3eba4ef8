using System.Collections.Frozen;
using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// Where a reported statement ends: at a quotation not woven into its clause, a trailing source, a new clause of the
/// writer's or the next verb of saying.
/// </summary>
internal static class StatementContent
{
    private static readonly FrozenSet<string> ClauseStops =
        new[] { "but", "while", "although", "though", "whereas", "because" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The statement from token <paramref name="from"/> to its end, or null when fewer than three words remain.</summary>
    public static StatementMatch? From(
        List<Token> tokens, int from, int end,
        Mention speaker, string verb, double confidence,
        bool stopAtConjunction = false, bool stopAtNewClause = false)
    {
        var to = from;
        while (to < end && !(tokens[to].IsQuote && !WovenQuotes.IsWoven(tokens, to, from, end))
               && !IsTrailingSource(tokens, to, end) && tokens[to].Text is not (";" or "—" or "―")
               && !(stopAtConjunction && (tokens[to].Text == "," || IsClauseBreak(tokens, to) || OpensAdjunct(tokens, to, from)))
               && !(stopAtNewClause && OpensNewClause(tokens, to, end)) && !SecondVerb(tokens, to, end)) to++;
        while (to > from && tokens[to - 1].Kind == TokenKind.Punct) to--;
        var words = 0;
        // A woven quote counts as a word: 'called the plan “a step backwards”' says something.
        for (var k = from; k < to; k++) words += tokens[k].IsWord || tokens[k].IsQuote ? 1 : 0;
        return words < StatementPatterns.MinWords ? null : new StatementMatch(speaker, verb, from, to, confidence);
    }

    /// <summary>
    /// "... to continue supporting Halloran and said she would ...": a second verb of saying starts the next statement
    /// (after a comma, ", and insisted ...", the trailing-source rule has ended it already).
    /// </summary>
    private static bool SecondVerb(List<Token> tokens, int k, int end) =>
        tokens[k].Is("and") && k > 0 && tokens[k - 1].Text != ","
        && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && StatementVerbs.Any(tokens[k + 1].Text);

    /// <summary>", and he reiterated ...": the writer's next clause, not part of what was said.</summary>
    private static bool OpensNewClause(List<Token> tokens, int k, int end) =>
        tokens[k].Text == "," && k + 3 < end && tokens[k + 1].Text is "and" or "but"
        && (Lexicon.Pronouns.Contains(tokens[k + 2].Text) || tokens[k + 2].IsCapitalized)
        && tokens[k + 3].IsWord && !tokens[k + 3].IsCapitalized;

    /// <summary>
    /// "called the plan “a fresh start” during a visit to the town": after the quoted object, a time or circumstance
    /// is the writer's, not part of what was said.
    /// </summary>
    private static bool OpensAdjunct(List<Token> tokens, int k, int from) =>
        k > from && tokens[k - 1].IsQuote && tokens[k].IsWord && AdjunctStarts.Contains(tokens[k].Text);

    private static readonly FrozenSet<string> AdjunctStarts = Lexicon.Set("during after amid following at before while when");

    private static bool IsClauseBreak(List<Token> tokens, int k) =>
        (tokens[k].Text is "," or ";" or "—" && k + 1 < tokens.Count && OpensNextClause(tokens[k + 1]))
        || (tokens[k].IsWord && ClauseStops.Contains(tokens[k].Text));

    /// <summary>"but", "although", "and", "which", "who": after a comma, the start of a clause of its own.</summary>
    private static bool OpensNextClause(Token token) =>
        ClauseStops.Contains(token.Text) || token.Is("and") || token.Is("which") || token.Is("who");

    /// <summary>", Vantners reported" or ", he said" closing a clause belongs to the attribution, not the statement.</summary>
    private static bool IsTrailingSource(List<Token> tokens, int k, int end)
    {
        if (tokens[k].Text != ",") return false;
        for (var j = k + 1; j < end && j <= k + 5; j++)
        {
            if (tokens[j].IsWord && !tokens[j].IsCapitalized && StatementVerbs.Any(tokens[j].Text)) return true;
            if (!tokens[j].IsWord) return false;
        }
        return false;
    }
}
