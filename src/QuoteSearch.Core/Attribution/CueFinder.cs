using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution;

/// <summary>
/// Finds the cue of the quote token at <c>k</c> in a paragraph's tokens: after it ("“Q,” X said", "“Q,” said X",
/// "“Q,” according to X"), before it in the same sentence ("X said: “Q”", "X told reporters that “Q”",
/// "X ..., explaining that “Q”"), or failing both, the sentence's subject. Quotes are single tokens, so a cue
/// inside a quote is never read.
/// </summary>
internal static class CueFinder
{
    private const int MaxSubjectTokens = 9;
    private const int MaxWeakCueDistance = 6;
    private const int MaxAppositiveTokens = 30;
    // "“Q,” California Rep. Duncan Marwick’s chief of staff, Joe Linnell, said": a long role before the name.
    private const int MaxRoleAndNameTokens = 16;

    /// <summary>
    /// Every cue pattern's own reading of the quote token at <c>k</c>, read once: the fixed order keeps the first
    /// (<see cref="CueReadings.RuleCue"/>), the learned choice weighs them all. A unit that is off reads nothing.
    /// </summary>
    public static CueReadings Read(List<Token> tokens, int k, AttributionUnits units)
    {
        var sentenceStart = SentenceStart(tokens, k);
        var after = units.Has(AttributionUnits.After) ? After(tokens, k, tokens[k].EndsSentence) : null;
        var before = units.Has(AttributionUnits.Before) ? Before(tokens, k, sentenceStart) : null;
        var startsSentence = sentenceStart == k || tokens[k - 1].IsQuote || AfterQuoteAndComma(tokens, k);
        return new CueReadings(
            after,
            before,
            before is not null && SilentCues.Silences(tokens, k, before),
            startsSentence,
            units.Has(AttributionUnits.Colon) ? Labelled(tokens, k, sentenceStart) : null,
            units.Has(AttributionUnits.Subject) ? Subject(tokens, k, sentenceStart) : null,
            units.Has(AttributionUnits.PreviousSentence) ? PreviousSentence(tokens, k, sentenceStart) : null,
            units.Has(AttributionUnits.PreviousSubject) ? PreviousSubject(tokens, k, sentenceStart) : null);
    }

    /// <summary>"“Q1,” “Q2”": the quote follows another quote and a comma.</summary>
    private static bool AfterQuoteAndComma(List<Token> tokens, int k) =>
        k - 1 >= 0 && tokens[k - 1].Text is "," && k - 2 >= 0 && tokens[k - 2].IsQuote;

    /// <summary>
    /// "Mayor Ana Ruiz turned to the crowd. “We are not done.”": a quote opening its sentence without a cue, after a
    /// sentence whose subject is a named person, whatever that sentence's verb. Weak alone; the learned choice weighs it.
    /// </summary>
    private static Cue? PreviousSubject(List<Token> tokens, int k, int sentenceStart)
    {
        if (sentenceStart != k || k < 2 || !tokens[k - 1].IsSentenceEnd) return null;
        var previousStart = SentenceStart(tokens, k - 1);
        if (TokenRanges.AnyQuote(tokens, previousStart, k - 1)) return null;
        return NounPhrases.SentenceSubject(tokens, previousStart, k - 1) is { Kind: MentionKind.Person } subject
            ? new Cue(subject, null, CuePlacement.PreviousSentence)
            : null;
    }

    /// <summary>
    /// "… - Philip Sandvik: “Q”", "doesn’t surprise pollster Daron Ekholm: “Q”": a name right before the colon that opens a
    /// quote signs it, unless a preposition makes it an object ("delivered a message to Brandt:", "quoting him in Italian:").
    /// </summary>
    private static Cue? Labelled(List<Token> tokens, int k, int sentenceStart)
    {
        if (k - 2 < sentenceStart || tokens[k - 1].Text != ":" || !tokens[k - 2].IsWord || !tokens[k - 2].IsCapitalized) return null;
        var start = k - 2;
        while (start > sentenceStart
               && tokens[start - 1].IsWord
               && (tokens[start - 1].IsCapitalized || Lexicon.TitleWords.Contains(tokens[start - 1].Text)))
        {
            start--;
        }
        if (start > sentenceStart && Lexicon.Prepositions.Contains(tokens[start - 1].Text)) return null;
        return NounPhrases.SubjectBefore(tokens, k - 1, sentenceStart) is { Kind: MentionKind.Person, Weak: false } name
            ? new Cue(name with { Role = FromFirstCapital(name.Role) }, ":", CuePlacement.Before)
            : null;
    }

    // The name may be a verb's object ("doesn’t surprise Republican pollster Daron Ekholm:"): the verb is no part of the role.
    private static string? FromFirstCapital(string? role)
    {
        var at = role?.Split(' ').TakeWhile(w => !char.IsUpper(w[0])).Sum(w => w.Length + 1) ?? 0;
        return role is null || at >= role.Length ? role : role[at..];
    }

    /// <summary>
    /// "Iowa State's Dianne Falk agreed. “Mainstream Republicans are running out of time.”": a quote opening a
    /// sentence, with no cue of its own, right after a sentence whose subject says or agrees something.
    /// </summary>
    private static Cue? PreviousSentence(List<Token> tokens, int k, int sentenceStart)
    {
        if (sentenceStart != k || k < 2 || tokens[k - 1].Text != ".") return null;
        var previousStart = SentenceStart(tokens, k - 1);
        // A sentence with a quote of its own, or one that only sources a fact ("according to X."), introduces nothing.
        if (TokenRanges.AnyQuote(tokens, previousStart, k - 1)) return null;
        var cue = Before(tokens, k - 1, previousStart);
        // "Neither Sand nor Quist would say when. “Q”": a sentence that reports nothing introduces nothing either.
        if (cue?.Verb is null || cue.Verb == "according to" || Lexicon.WeakCues.Contains(cue.Verb)) return null;
        return SilentCues.Silences(tokens, k - 1, cue) ? null : cue with { Placement = CuePlacement.PreviousSentence };
    }

    private static Cue? After(List<Token> tokens, int k, bool quoteEndsSentence)
    {
        var a = k + 1;
        var dashed = false;
        while (a < tokens.Count && tokens[a].Text is "," or "—" or "–" or "―" or "-" or ")")
        {
            dashed |= tokens[a].Text is not ("," or ")");
            a++;
        }
        var end = a;
        while (end < tokens.Count && !tokens[end].IsSentenceEnd && !(tokens[end].IsQuote && !tokens[end].IsQuotedName)) end++;
        if (a >= end) return null;
        // "“Q.” — Pamela Strand": a dash and a name sign the quote.
        if (dashed && NounPhrases.NameStartingAt(tokens, a, end).Mention is { Kind: MentionKind.Person } signed)
        {
            return new Cue(signed, null, CuePlacement.After);
        }
        // A quote that closed its own sentence is followed by a new one: only a short "Brandvik said." belongs to it.
        if (quoteEndsSentence
            && (end - a > 8 || !(end == tokens.Count || tokens[end].IsSentenceEnd))
            && !OpensWithNameAndCue(tokens, a, end))
        {
            return null;
        }
        if (tokens[a].Is("according") && a + 1 < end && tokens[a + 1].Is("to"))
        {
            var source = NounPhrases.SubjectAfter(tokens, a + 1, end);
            return source is null ? null : new Cue(source, "according to", CuePlacement.After);
        }
        for (var v = a; v < end && v - a <= MaxSubjectTokens; v++)
        {
            if (!tokens[v].IsWord || !Lexicon.CueVerbs.Contains(tokens[v].Text)) continue;
            if (tokens[v].IsCapitalized && v > a) continue;
            var speaker = v == a ? NounPhrases.SubjectAfter(tokens, v, end) : NounPhrases.SubjectBefore(tokens, v, a);
            if (speaker is not null) return new Cue(speaker, tokens[v].Lower, CuePlacement.After);
            if (v > a) break;
        }
        // "“Q,” Scott Ferrand, the attorney general of Oklahoma, one of the states suing, said at an event."
        var (name, nameEnd) = NounPhrases.NameStartingAt(tokens, a, end);
        if (name is not { Kind: MentionKind.Person } || nameEnd >= end || tokens[nameEnd].Text is not ("," or "("))
        {
            return LongRoleThenName(tokens, a, end);
        }
        for (var v = nameEnd; v < end && v - a <= MaxAppositiveTokens; v++)
        {
            if ((tokens[v].IsWord && Lexicon.CueVerbs.Contains(tokens[v].Text) && !tokens[v].IsCapitalized
                    && tokens[v - 1].Text is "," or ")")
                || (v > nameEnd && tokens[v].IsWord && Lexicon.CueVerbs.Contains(tokens[v].Text)
                    && Lexicon.Auxiliaries.Contains(tokens[v - 1].Text)))
            {
                return new Cue(name, tokens[v].Lower, CuePlacement.After);
            }
        }
        return null;
    }

    /// <summary>"“Q,” California Rep. Duncan Marwick’s chief of staff, Joe Linnell, said": a role too long for the first look.</summary>
    private static Cue? LongRoleThenName(List<Token> tokens, int a, int end)
    {
        for (var v = a + MaxSubjectTokens + 1; v < end && v - a <= MaxRoleAndNameTokens; v++)
        {
            if (!tokens[v].IsWord || !Lexicon.CueVerbs.Contains(tokens[v].Text)) continue;
            return tokens[v - 1].Text == "," && NounPhrases.SubjectBefore(tokens, v, a) is { Kind: MentionKind.Person } named
                ? new Cue(named, tokens[v].Lower, CuePlacement.After)
                : null;
        }
        return null;
    }

    /// <summary>
    /// "“…?” Brandt said, looking out on the crowd": a name (or he/she) and a verb of saying right after the quote
    /// belong to it, however long the sentence then runs.
    /// </summary>
    private static bool OpensWithNameAndCue(List<Token> tokens, int a, int end)
    {
        // "“…?” said Keane, who thinks often about …": the verb first, then the name.
        if (a + 1 < end && tokens[a].IsWord && !tokens[a].IsCapitalized
            && Lexicon.CueVerbs.Contains(tokens[a].Text) && !Lexicon.WeakCues.Contains(tokens[a].Text)
            && tokens[a + 1].IsWord && (tokens[a + 1].IsCapitalized || tokens[a + 1].Text is "he" or "she")) return true;
        var v = a;
        while (v < end && v - a < 4 && tokens[v].IsWord
               && (tokens[v].IsCapitalized || tokens[v].Text is "he" or "she") && !Lexicon.CueVerbs.Contains(tokens[v].Text)) v++;
        // "“…” Ohio Gov. John Hedlund said he would have …": someone newly named whose verb opens a reported clause
        // starts a statement of their own ("“…” He said he had …" goes on with the same speaker).
        var opensClause = tokens[a].IsCapitalized && !tokens[a].Is("he") && !tokens[a].Is("she")
                          && v + 1 < end && tokens[v + 1].IsWord
                          && (tokens[v + 1].Is("that") || Lexicon.Pronouns.Contains(tokens[v + 1].Lower));
        return v > a && v < end && tokens[v].IsWord
               && Lexicon.CueVerbs.Contains(tokens[v].Text) && !Lexicon.WeakCues.Contains(tokens[v].Text) && !opensClause;
    }

    /// <summary>The cue of a paragraph ending "... he said:" whose quote is the next paragraph.</summary>
    public static Cue? Introducing(List<Token> tokens) => Before(tokens, tokens.Count, SentenceStart(tokens, tokens.Count));

    private static Cue? Before(List<Token> tokens, int k, int sentenceStart)
    {
        var floor = Clauses.MainClauseStart(tokens, sentenceStart, k);
        for (var v = k - 1; v >= floor; v--)
        {
            if (tokens[v].IsQuote) break;
            if (tokens[v].Is("according") && v + 1 < k && tokens[v + 1].Is("to"))
            {
                var source = NounPhrases.SubjectAfter(tokens, v + 1, k);
                if (source is not null) return new Cue(source, "according to", CuePlacement.Before);
                continue;
            }
            if (!tokens[v].IsWord || !(Lexicon.CueVerbs.Contains(tokens[v].Text) || PutsIt(tokens, v))) continue;
            // Inside a sentence a capitalised "States" or "Says" is part of a name, not a verb.
            if (tokens[v].IsCapitalized && v > sentenceStart) continue;
            if (Lexicon.WeakCues.Contains(tokens[v].Text) && k - v > MaxWeakCueDistance) continue;
            // "…, Benali said, adding, “Q”": a participle reports for the nearest finite verb of saying before it.
            if (IsParticiple(tokens[v].Text) && Clauses.FiniteCueBefore(tokens, v, sentenceStart) is { } finite) return finite;
            var speaker = IsParticiple(tokens[v].Text)
                ? NounPhrases.SentenceSubject(tokens, sentenceStart, v) ?? NounPhrases.SubjectBefore(tokens, v, sentenceStart)
                : NounPhrases.SubjectBefore(tokens, v, sentenceStart) ?? NounPhrases.SentenceSubject(tokens, sentenceStart, v);
            if (speaker is null && v == sentenceStart) speaker = NounPhrases.SubjectAfter(tokens, v, k);
            if (speaker is not null)
            {
                return new Cue(speaker, PutsIt(tokens, v) ? tokens[v].Lower + " it" : tokens[v].Lower, CuePlacement.Before);
            }
        }
        return null;
    }

    /// <summary>"as The Harbour Gazette put it, “the operator.”": "put it" reports words, where "put" alone does not.</summary>
    private static bool PutsIt(List<Token> tokens, int v) =>
        tokens[v].Text is "put" or "puts" && v + 1 < tokens.Count && tokens[v + 1].Is("it");

    private static Cue? Subject(List<Token> tokens, int k, int sentenceStart)
    {
        if (sentenceStart >= k) return null;
        var subject = NounPhrases.SentenceSubject(tokens, sentenceStart, k);
        return subject is null ? null : new Cue(subject, null, CuePlacement.SentenceSubject);
    }

    private static int SentenceStart(List<Token> tokens, int k)
    {
        var s = k;
        while (s > 0 && !tokens[s - 1].IsSentenceEnd && !(tokens[s - 1].IsQuote && s - 1 < k && EndsSentenceInside(tokens, s - 1))) s--;
        return s;
    }

    /// <summary>
    /// A quote ending in a full stop and followed by a capitalised word closed its sentence ("“We won.” Brandt then ...").
    /// </summary>
    private static bool EndsSentenceInside(List<Token> tokens, int q) =>
        tokens[q].EndsSentence && q + 1 < tokens.Count && tokens[q + 1].IsCapitalized;

    internal static bool IsParticiple(string verb) => verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
