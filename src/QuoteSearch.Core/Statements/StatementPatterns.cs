using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Statements;

/// <summary>A reported statement found in a sentence: token range of the content, who, the verb and how sure.</summary>
internal readonly record struct StatementMatch(Mention Speaker, string Verb, int From, int To, double Confidence);

/// <summary>The sentence patterns of reported speech, tried in order of reliability.</summary>
internal static class StatementPatterns
{
    private const int MinWords = 3;
    private const int MaxThatDistance = 8;

    private static readonly HashSet<string> ClauseStops = new(["but", "while", "although", "though", "whereas", "because"], StringComparer.OrdinalIgnoreCase);

    public static StatementMatch? Match(List<Token> tokens, int start, int end) =>
        AccordingTo(tokens, start, end) ?? SubjectVerb(tokens, start, end) ?? Trailing(tokens, start, end);

    /// <summary>"According to X, CLAUSE." or "CLAUSE, according to X."</summary>
    private static StatementMatch? AccordingTo(List<Token> tokens, int start, int end)
    {
        for (var a = start; a + 2 < end; a++)
        {
            if (!tokens[a].Is("according") || !tokens[a + 1].Is("to")) continue;
            var comma = a + 2;
            while (comma < end && tokens[comma].Text != ",") comma++;
            var source = NounPhrases.SubjectAfter(tokens, a + 1, comma);
            if (source is null) return null;
            if (a == start && comma + 1 < end) return Content(tokens, comma + 1, end, source, "according to", 0.6);
            if (a > start + MinWords && tokens[a - 1].Text == ",") return Content(tokens, start, a - 1, source, "according to", 0.6);
            return null;
        }
        return null;
    }

    /// <summary>"X said (that) CLAUSE", "X confirmed that CLAUSE", "X urged OBJECT".</summary>
    private static StatementMatch? SubjectVerb(List<Token> tokens, int start, int end)
    {
        for (var v = start; v < end; v++)
        {
            var verb = tokens[v];
            if (!verb.IsWord || verb.IsCapitalized || !StatementVerbs.Any(verb.Text)) continue;
            var subject = NounPhrases.SubjectBefore(tokens, v, start);
            if (subject is null || v + 1 >= end || tokens[v + 1].Text is "," or ":") continue;
            var that = -1;
            for (var k = v + 1; k < end && k <= v + MaxThatDistance && tokens[k].IsWord; k++)
            {
                if (tokens[k].Is("that")) { that = k; break; }
            }
            var name = verb.Lower;
            if (that >= 0 && (StatementVerbs.Clause.Contains(name) || StatementVerbs.ThatClause.Contains(name))) return Content(tokens, that + 1, end, subject, name, 0.65);
            if (StatementVerbs.Clause.Contains(name) && StartsClause(tokens, v + 1, end)) return Content(tokens, v + 1, end, subject, name, 0.6);
            if (StatementVerbs.Object.Contains(name) && subject.Kind != MentionKind.Pronoun) return Content(tokens, v + 1, end, subject, name, 0.45, stopAtConjunction: true);
            return null;
        }
        return null;
    }

    /// <summary>"CLAUSE, X said." with nothing but a time or place after the verb.</summary>
    private static StatementMatch? Trailing(List<Token> tokens, int start, int end)
    {
        for (var v = end - 1; v > start + MinWords && v >= end - 6; v--)
        {
            if (!tokens[v].IsWord || tokens[v].IsCapitalized || !StatementVerbs.Clause.Contains(tokens[v].Text)) continue;
            var comma = v - 1;
            while (comma > start && tokens[comma].Text != "," && v - comma <= 8) comma--;
            if (tokens[comma].Text != "," || comma - start < MinWords || !StartsClause(tokens, start, comma)) return null;
            var speaker = NounPhrases.SubjectBefore(tokens, v, comma + 1) ?? NounPhrases.SubjectAfter(tokens, v, end);
            return speaker is null ? null : Content(tokens, start, comma, speaker, tokens[v].Lower, 0.6);
        }
        return null;
    }

    /// <summary>A clause starts with a subject, not with a preposition or a subordinate word ("In a statement, ...").</summary>
    private static bool StartsClause(List<Token> tokens, int from, int end) =>
        from < end && tokens[from].IsWord && (tokens[from].IsCapitalized || Lexicon.Pronouns.Contains(tokens[from].Text) || Lexicon.Determiners.Contains(tokens[from].Text))
        && !(tokens[from].IsCapitalized && Lexicon.NotNames.Contains(tokens[from].Text) && !Lexicon.Determiners.Contains(tokens[from].Text) && !Lexicon.Pronouns.Contains(tokens[from].Text));

    private static StatementMatch? Content(List<Token> tokens, int from, int end, Mention speaker, string verb, double confidence, bool stopAtConjunction = false)
    {
        var to = from;
        while (to < end && !tokens[to].IsQuote && !IsTrailingSource(tokens, to, end) && tokens[to].Text is not (";" or "—" or "―")
               && !(stopAtConjunction && (tokens[to].Text == "," || IsClauseBreak(tokens, to)))) to++;
        while (to > from && tokens[to - 1].Kind == TokenKind.Punct) to--;
        var words = 0;
        for (var k = from; k < to; k++) words += tokens[k].IsWord ? 1 : 0;
        return words < MinWords ? null : new StatementMatch(speaker, verb, from, to, confidence);
    }

    private static bool IsClauseBreak(List<Token> tokens, int k) =>
        (tokens[k].Text is "," or ";" or "—" && k + 1 < tokens.Count && (ClauseStops.Contains(tokens[k + 1].Text) || tokens[k + 1].Is("and") || tokens[k + 1].Is("which") || tokens[k + 1].Is("who")))
        || (tokens[k].IsWord && ClauseStops.Contains(tokens[k].Text));

    /// <summary>", Reuters reported" or ", he said" closing a clause belongs to the attribution, not the statement.</summary>
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
