namespace QuoteSearch.Core.Attribution;

/// <summary>
/// Reads the speaker phrase next to a cue verb: a name with the role written before it
/// ("Russian negotiator Kirill Dmitriev"), a pronoun, or a description ("the senator").
/// </summary>
internal static class NounPhrases
{
    private const int MaxRoleWords = 5;

    /// <summary>The subject written before the verb at <paramref name="verb"/>, not reaching before <paramref name="floor"/>.</summary>
    public static Mention? SubjectBefore(List<Token> tokens, int verb, int floor)
    {
        var j = verb - 1;
        while (j >= floor && tokens[j].IsWord && !tokens[j].IsCapitalized && (Lexicon.Auxiliaries.Contains(tokens[j].Text) || IsAdverb(tokens[j].Text))) j--;
        if (j >= floor && tokens[j].Text == ")") j = SkipBack(tokens, j, floor, "(") - 1;
        if (j >= floor && tokens[j].Text == ",")
        {
            // "Smith, a former aide to the governor, said": step over the appositive to the name.
            var k = j - 1;
            while (k >= floor && k > j - 16 && tokens[k].Text != "," && !tokens[k].IsQuote && !tokens[k].IsSentenceEnd) k--;
            if (k < floor || tokens[k].Text != ",") return null;
            j = k - 1;
        }
        if (j < floor || !tokens[j].IsWord) return null;
        return PhraseEndingAt(tokens, j, floor);
    }

    /// <summary>The subject written after the verb ("said Flynn", "said the senator"), not reaching <paramref name="ceiling"/>.</summary>
    public static Mention? SubjectAfter(List<Token> tokens, int verb, int ceiling)
    {
        var k = verb + 1;
        if (k >= ceiling || !tokens[k].IsWord) return null;
        if (Lexicon.Pronouns.Contains(tokens[k].Text) && tokens[k].Text != "it") return new Mention(MentionKind.Pronoun, tokens[k].Lower, null);
        var end = k;
        while (end < ceiling && end - k < 10 && (tokens[end].IsWord || tokens[end].Text is "(" or ")") && !IsPhraseBreak(tokens[end])) end++;
        return end > k ? PhraseEndingAt(tokens, end - 1, k) : null;
    }

    /// <summary>The sentence's own subject, for cues like "he blasted ... for seeking to 'disrupt'".</summary>
    public static Mention? SentenceSubject(List<Token> tokens, int start, int limit)
    {
        var k = start;
        while (k < limit && (tokens[k].Text is "," or "—" or "-" || (tokens[k].IsWord && Lexicon.NotNames.Contains(tokens[k].Text) && !Lexicon.Pronouns.Contains(tokens[k].Text)))) k++;
        if (k >= limit || !tokens[k].IsWord) return null;
        if (Lexicon.Pronouns.Contains(tokens[k].Text)) return tokens[k].Text is "it" or "It" ? null : new Mention(MentionKind.Pronoun, tokens[k].Lower, null);
        var end = k;
        while (end < limit && end - k < 8 && tokens[end].IsWord && (tokens[end].IsCapitalized || Lexicon.TitleWords.Contains(tokens[end].Text) || IsConnector(tokens[end].Text))) end++;
        if (end == k || end >= limit || !tokens[end].IsWord || tokens[end].IsCapitalized) return null;
        var mention = PhraseEndingAt(tokens, end - 1, k);
        return mention?.Kind == MentionKind.Person ? mention : null;
    }

    private static Mention? PhraseEndingAt(List<Token> tokens, int end, int floor)
    {
        var last = tokens[end];
        if (Lexicon.Pronouns.Contains(last.Text) && !last.Is("it") && !last.Is("us")) return new Mention(MentionKind.Pronoun, last.Lower, null);
        if (last.IsCapitalized && !IsPossessive(last.Text))
        {
            var start = end;
            while (start - 1 >= floor && tokens[start - 1].IsWord && !IsPossessive(tokens[start - 1].Text)
                   && (tokens[start - 1].IsCapitalized || (IsConnector(tokens[start - 1].Text) && start - 2 >= floor && tokens[start - 2].IsCapitalized)))
            {
                start--;
            }
            var nameStart = start;
            while (nameStart < end && (Lexicon.TitleWords.Contains(tokens[nameStart].Text) || Lexicon.NotNames.Contains(tokens[nameStart].Text))) nameStart++;
            var roleStart = start;
            while (roleStart - 1 >= floor && start - roleStart < MaxRoleWords && IsRoleWord(tokens[roleStart - 1])) roleStart--;
            var role = Join(tokens, roleStart, nameStart);
            if (Lexicon.TitleWords.Contains(tokens[end].Text) || Lexicon.NotNames.Contains(tokens[end].Text))
            {
                // Only titles or institution words ("the White House", "the President"): speak as the institution.
                return new Mention(MentionKind.Description, Join(tokens, start, end + 1)!, null);
            }
            return new Mention(MentionKind.Person, Join(tokens, nameStart, end + 1)!, role);
        }
        if (!last.IsWord || !PersonNouns.IsPersonNoun(last.Text)) return null;
        var from = end;
        while (from - 1 >= floor && end - from < 6 && tokens[from - 1].IsWord && !Lexicon.CueVerbs.Contains(tokens[from - 1].Text))
        {
            from--;
            if (Lexicon.Determiners.Contains(tokens[from].Text)) break;
        }
        return new Mention(MentionKind.Description, Join(tokens, from, end + 1)!, null);
    }

    private static bool IsRoleWord(Token token) =>
        token.IsWord && !IsPossessive(token.Text) && !Lexicon.Determiners.Contains(token.Text) && !Lexicon.NotNames.Contains(token.Text)
        && !Lexicon.CueVerbs.Contains(token.Text) && !Lexicon.Auxiliaries.Contains(token.Text)
        && (Lexicon.TitleWords.Contains(token.Text) || !token.IsCapitalized);

    private static bool IsPhraseBreak(Token token) =>
        token.Kind == TokenKind.Word && token.Text is "in" or "on" or "at" or "during" or "who" or "which" or "when" or "after" or "before" or "while" or "that" or "to" or "from" or "and" or "as" or "last" or "this" or "earlier";

    public static bool IsPossessive(string word) => word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal);

    private static bool IsConnector(string word) => word is "de" or "van" or "von" or "der" or "al" or "bin" or "da" or "del" or "la" or "le" or "di";

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    private static int SkipBack(List<Token> tokens, int from, int floor, string opener)
    {
        var k = from;
        while (k > floor && tokens[k].Text != opener) k--;
        return k;
    }

    private static string? Join(List<Token> tokens, int from, int to) =>
        from >= to ? null : string.Join(' ', tokens.Skip(from).Take(to - from).Select(t => t.Text));
}
