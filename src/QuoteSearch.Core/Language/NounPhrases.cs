using System.Collections.Frozen;
using QuoteSearch.Core.Attribution;
namespace QuoteSearch.Core.Language;

/// <summary>
/// Reads the speaker phrase next to a cue verb: a name with the role written before it
/// ("Russian negotiator Kirill Semyanov"), a pronoun, or a description ("the senator").
/// </summary>
internal static class NounPhrases
{
    private const int MaxRoleWords = 5;
    private const int MaxAppositiveTokens = 30;
    private const int MaxAfterTokens = 12;

    /// <summary>The subject written before the verb at <paramref name="verb"/>, not reaching before <paramref name="floor"/>.</summary>
    public static Mention? SubjectBefore(List<Token> tokens, int verb, int floor)
    {
        var j = verb - 1;
        while (j >= floor && IsLowercaseAuxiliaryOrAdverb(tokens[j])) j--;
        // "Kjellberg later Thursday told", "Brandt on Monday said": the day stands between the name and its verb.
        if (j >= floor && Lexicon.Weekdays.Contains(tokens[j].Text))
        {
            j--;
            while (j >= floor && tokens[j].Text is "on" or "late" or "early" or "last" or "this" or "later" or "earlier") j--;
        }
        if (j >= floor && tokens[j].Text == ")") j = SkipBack(tokens, j, floor, "(") - 1;
        if (j < floor) return null;
        if (tokens[j].Text == ",")
        {
            // "The campaign chairman, Phil Ardmore, said": a name that fills the whole appositive speaks.
            if (j - 1 >= floor && PhraseEndingAt(tokens, j - 1, floor) is ({ Kind: MentionKind.Person } named, var namedStart)
                && namedStart - 1 >= floor && tokens[namedStart - 1].Text == ",") return named;
            // "Smith, a former aide to the governor, said" and "Brask (R-Fla.), a member, said": step back over
            // appositives to the nearest name.
            Mention? organisation = null;
            for (var k = j - 1; k >= floor && k >= j - MaxAppositiveTokens && !StopsAppositives(tokens[k]); k--)
            {
                if (tokens[k].Text != "," && tokens[k].Text != "(") continue;
                var end = k - 1;
                if (end >= floor && tokens[end].Text == ")") end = SkipBack(tokens, end, floor, "(") - 1;
                if (end < floor) continue;
                var before = PhraseEndingAt(tokens, end, floor).Mention;
                if (before is { Kind: MentionKind.Person or MentionKind.Pronoun } found)
                {
                    return WithRoleAfter(found, tokens, k, j + 1);
                }
                // "The Pier Friends, a residents' group, said": a name with "the" speaks too, unless a person stands
                // further back ("Shelby, who heads the Senate Banking Committee, which oversees ..., said").
                if (before is { Kind: MentionKind.Description } titled && IsNameWithTheArticle(titled.Text)) organisation ??= titled;
            }
            return organisation;
        }
        if (!tokens[j].IsWord) return null;
        var (mention, start) = PhraseEndingAt(tokens, j, floor);
        // "A street vendor who goes by the name Sparrow said": the description is the role, not the word "name".
        var nameStart = j + 1 - (mention?.Text.Split(' ').Length ?? 0);
        if (mention is { Kind: MentionKind.Person } && NamedDescriptions.DescriptionBefore(tokens, nameStart, floor) is { } described)
        {
            return mention with { Role = described };
        }
        // "Mr. Morgan of the Port Ellery Rowing Club said": the person before "of" speaks, the organisation is the role.
        if (mention is { Kind: MentionKind.Person or MentionKind.Description } && start - 1 > floor)
        {
            var of = tokens[start - 1].Is("the") ? start - 2 : start - 1;
            if (of > floor && tokens[of].Is("of") && PhraseEndingAt(tokens, of - 1, floor).Mention is { Kind: MentionKind.Person } person)
            {
                return person with { Role = mention.Text };
            }
        }
        return mention;
    }

    /// <summary>The subject written after the verb ("said Quist", "said the senator"), not reaching <paramref name="ceiling"/>.</summary>
    public static Mention? SubjectAfter(List<Token> tokens, int verb, int ceiling)
    {
        var k = verb + 1;
        if (k >= ceiling || !tokens[k].IsWord) return null;
        if (IsPronoun(tokens[k]) && !IsGivenNameWord(tokens, k, ceiling)) return new Mention(MentionKind.Pronoun, tokens[k].Lower, null);
        var end = k;
        var sawName = false;
        while (end < ceiling && end - k < MaxAfterTokens && (tokens[end].IsWord || (tokens[end].Text is "/" or "-" && !sawName)))
        {
            var word = tokens[end];
            // "said treasurer Ana Ruiz contentedly": an adverb after the name closes it.
            var adverbAfterName = sawName && !word.IsCapitalized && IsAdverb(word.Text);
            if (IsPhraseBreak(word) || adverbAfterName || (sawName && NamePhrase.IsObjectPosition(tokens, end + 1))) break;
            sawName |= word.IsCapitalized && !Lexicon.TitleWords.Contains(word.Text) && !Lexicon.NotNames.Contains(word.Text);
            end++;
        }
        if (end <= k) return null;
        var mention = PhraseEndingAt(tokens, end - 1, k).Mention;
        // "said a homeless man who goes by the name Stretch": the name the article gives speaks.
        var described = mention is null or { Kind: MentionKind.Description };
        if (described && NamedDescriptions.Named(tokens, k, end, ceiling) is { } named) return named;
        return WithRoleAfter(mention, tokens, end, ceiling);
    }

    /// <summary>"said Tobias Lindgren, the harbour master of Port Ellery": a name with no role before it takes the appositive's.</summary>
    private static Mention? WithRoleAfter(Mention? mention, List<Token> tokens, int end, int ceiling) =>
        mention is { Kind: MentionKind.Person, Role: null } && Appositives.RoleAfter(tokens, end, ceiling) is { } role
            ? mention with { Role = role }
            : mention;

    /// <summary>A name written first, as in "— Pamela Strand" or "“Q,” Scott Ferrand, the attorney general of Oklahoma, said".</summary>
    public static (Mention? Mention, int End) NameStartingAt(List<Token> tokens, int start, int limit)
    {
        var end = start;
        while (end < limit && ContinuesName(tokens, end)) end++;
        return end == start
            ? (null, start)
            : (WithRoleAfter(PhraseEndingAt(tokens, end - 1, start).Mention, tokens, end, limit), end);
    }

    /// <summary>
    /// The subject of the sentence or of one of its clauses, for cues like "he blasted ... for seeking to
    /// “disrupt”" or "During a speech, Brandt attacked Halloran, saying ...". The result is weak: a guess.
    /// </summary>
    public static Mention? SentenceSubject(List<Token> tokens, int start, int limit)
    {
        // "When Brandt suggested Cuba would sue, Hale fired back": the subject of the main clause, after the comma.
        var main = Clauses.MainClauseStart(tokens, start, limit);
        return (main > start ? SubjectOfClauses(tokens, main, limit) : null) ?? SubjectOfClauses(tokens, start, limit);
    }

    private static Mention? SubjectOfClauses(List<Token> tokens, int start, int limit)
    {
        // "Her neighbour, Lars Vik, was less sure": a description opens the sentence and the name after it renames it.
        var renamed = AfterOpeningDescription(tokens, start, limit);
        for (var clause = start; clause < limit; clause++)
        {
            if (clause != start && tokens[clause - 1].Text != ",") continue;
            var k = clause;
            while (k < limit && IsDashOrNeverAName(tokens[k])) k++;
            if (k >= limit || !tokens[k].IsWord) continue;
            if (IsPronoun(tokens[k]))
            {
                if (k + 1 < limit && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized)
                {
                    return new Mention(MentionKind.Pronoun, tokens[k].Lower, null, Weak: true);
                }
                continue;
            }
            var end = k;
            while (end < limit && end - k < 8 && IsNameOrTitleWord(tokens, end)) end++;
            if (end == k || end >= limit) continue;
            // The word after the name must not be a preposition; a verb of saying there is the name's own verb.
            var followedByVerb = tokens[end].IsWord && !tokens[end].IsCapitalized
                && (Lexicon.CueVerbs.Contains(tokens[end].Text) || !NamePhrase.IsObjectPosition(tokens, end + 1 < limit ? end + 1 : end));
            var followedByAppositive = (clause == start || clause == renamed) && tokens[end].Text == ",";
            if (!followedByVerb && !followedByAppositive) continue;
            if (PhraseEndingAt(tokens, end - 1, k).Mention is { Kind: MentionKind.Person } person) return person with { Weak = true };
        }
        return null;
    }

    /// <summary>
    /// Where a description opened by a determiner ends ("a spokeswoman for the operator,", "Her neighbour,"): the first
    /// token after its words that is no word, when one to <paramref name="maxWords"/> words follow the determiner and
    /// none is a verb of saying or an auxiliary; -1 otherwise. The caller checks what that token is.
    /// </summary>
    public static int DescriptionClose(List<Token> tokens, int start, int limit, int maxWords)
    {
        if (start >= limit || !tokens[start].IsWord || !Lexicon.Determiners.Contains(tokens[start].Text)) return -1;
        for (var k = start + 1; k < limit && k - start <= maxWords + 1; k++)
        {
            if (!tokens[k].IsWord) return k > start + 1 ? k : -1;
            if (Lexicon.CueVerbs.Contains(tokens[k].Text) || Lexicon.Auxiliaries.Contains(tokens[k].Text)) return -1;
        }
        return -1;
    }

    /// <summary>The clause after a description that opens the sentence and ends in a lower-case word and a comma, or -1.</summary>
    private static int AfterOpeningDescription(List<Token> tokens, int start, int limit)
    {
        var close = DescriptionClose(tokens, start, limit, MaxDescriptionWords);
        return close > 0 && tokens[close].Text == "," && !tokens[close - 1].IsCapitalized ? close + 1 : -1;
    }

    private const int MaxDescriptionWords = 5;

    private static (Mention? Mention, int Start) PhraseEndingAt(List<Token> tokens, int end, int floor)
    {
        var last = tokens[end];
        if (IsPronoun(last)) return (new Mention(MentionKind.Pronoun, last.Lower, null), end);
        if (last.IsCapitalized && !IsPossessive(last.Text) && !IsPartyTag(last.Text))
        {
            var start = end;
            while (start - 1 >= floor && ExtendsNameLeftwards(tokens, start - 1))
            {
                start--;
            }
            // "As Joel Vennberg wrote", "But Brandt said": a capitalised opening word of the sentence is no part of the name or role.
            while (start < end && IsSubordinatorOrConjunction(tokens[start].Text)) start++;
            // The name follows the last title in the run: "Pennsylvania Gov. Ed Marwood", "Air Force Gen. Norman Greve".
            var nameStart = start;
            for (var t = end - 1; t >= start; t--)
            {
                if (!IsRoleToken(tokens[t].Text) || IsGivenNameWord(tokens, t, end + 1)) continue;
                nameStart = t + 1;
                break;
            }
            // "Cmdr. Sean Tolland", "Singer-guitarist Tom Lund": role words before a known first name.
            if (end - nameStart >= 2) nameStart = GivenNameWords.NameStart(i => tokens[i].Text, nameStart, end);
            var roleStart = start;
            while (roleStart - 1 >= floor && start - roleStart < MaxRoleWords && IsRoleWord(tokens[roleStart - 1])) roleStart--;
            // "Council leader Ada Brennan", "Opposition member Felix Hart": a capitalised word before a role word is part of it.
            while (roleStart < start && roleStart - 1 >= floor && start - roleStart < MaxRoleWords
                   && IsCapitalisedRoleWord(tokens[roleStart - 1]) && OpensPhrase(tokens, roleStart - 1, floor)) roleStart--;
            var role = Join(tokens, WithoutTimePhrase(tokens, roleStart, nameStart), nameStart);
            if (IsRoleToken(tokens[end].Text) && !IsTitleWordSurname(tokens, end, nameStart))
            {
                // Only titles or institution words ("the White House", "the President"): speak as the institution. The
                // determiner stays with it: "the Bishop" is an office, a lone "Bishop" may be a surname.
                var opens = start > floor && tokens[start - 1].Is("the") ? start - 1 : start;
                return (new Mention(MentionKind.Description, Join(tokens, opens, end + 1)!, null), opens);
            }
            return (new Mention(MentionKind.Person, Join(tokens, nameStart, end + 1)!, role), roleStart);
        }
        if (!last.IsWord || !PersonNouns.IsPersonNoun(last.Text)) return (null, end);
        var from = end;
        while (from - 1 >= floor && end - from < 6 && IsWordButNoVerb(tokens[from - 1]))
        {
            from--;
            if (Lexicon.Determiners.Contains(tokens[from].Text) || IsPossessive(tokens[from].Text)) break;
        }
        return (new Mention(MentionKind.Description, Join(tokens, from, end + 1)!, null), from);
    }

    /// <summary>
    /// "Anna Bishop", "Charlie King": a title word right after a known given name, the two being the whole name, is a
    /// surname, so the phrase is a person, not an office. Not a place that is also a given name ("Nevada Democrat"),
    /// nor an organisation word ("Angeles Times" is part of a longer name).
    /// </summary>
    private static bool IsTitleWordSurname(List<Token> tokens, int end, int nameStart)
    {
        if (end - 1 != nameStart) return false;
        var (given, surname) = (tokens[end - 1].Text, tokens[end].Text);
        var placeBefore = nameStart > 0 && Lexicon.Places.Contains(tokens[nameStart - 1].Text + " " + given);
        return (Lexicon.TitleWords.Contains(surname) || PersonNouns.IsPersonNoun(surname)) && !Lexicon.OrganisationWords.Contains(surname)
               && GivenNameWords.IsKnownFirstName(given) && !IsRoleToken(given) && !Lexicon.Places.Contains(given) && !placeBefore;
    }

    /// <summary>"Late on Tuesday Lena Moss": a time phrase before the name is no role; the role starts after it.</summary>
    private static int WithoutTimePhrase(List<Token> tokens, int roleStart, int nameStart)
    {
        for (var t = nameStart - 1; t >= roleStart; t--)
        {
            if (TimeWords.Contains(tokens[t].Text)) return t + 1;
        }
        return roleStart;
    }

    /// <summary>The word at <paramref name="i"/> opens its phrase: first of the clause, or after a determiner.</summary>
    private static bool OpensPhrase(List<Token> tokens, int i, int floor) =>
        i == floor || !tokens[i - 1].IsWord || Lexicon.Determiners.Contains(tokens[i - 1].Text);

    private static bool IsCapitalisedRoleWord(Token token) =>
        token.IsCapitalized && !IsPossessive(token.Text) && !IsPartyTag(token.Text) && !Lexicon.NotNames.Contains(token.Text)
        && !Lexicon.Subordinators.Contains(token.Text) && !Lexicon.Conjunctions.Contains(token.Text) && !TimeWords.Contains(token.Text);

    /// <summary>
    /// "He Jiarui said", "said May Tolle": a capitalised "He" or month right before a capitalised surname that ends the
    /// name is a given name, not the pronoun or a date. <paramref name="limit"/> bounds the name.
    /// </summary>
    private static bool IsGivenNameWord(List<Token> tokens, int t, int limit) =>
        WordsThatAreGivenNames.Contains(tokens[t].Text) && IsLoneSurname(tokens, t + 1, limit) && !ReadsAsDate(tokens, t);

    private static bool IsLoneSurname(List<Token> tokens, int s, int limit) =>
        s < limit && tokens[s].IsCapitalized && !Lexicon.NotNames.Contains(tokens[s].Text) && !Lexicon.TitleWords.Contains(tokens[s].Text)
        && !IsPossessive(tokens[s].Text) && (s + 1 >= limit || !tokens[s + 1].IsCapitalized);

    /// <summary>"In May Tolle said", "on 3 June Ames said": after a preposition or a number a month is a date.</summary>
    private static bool ReadsAsDate(List<Token> tokens, int t) =>
        tokens[t].Text != "He" && t > 0 && tokens[t - 1].IsWord
        && (Lexicon.NotNames.Contains(tokens[t - 1].Text) || char.IsDigit(tokens[t - 1].Text[0]));

    // Case-sensitive, of this class's own: words that are also given names ("He Jiarui", "May Tolle", "June Ames").
    private static readonly FrozenSet<string> WordsThatAreGivenNames =
        new[] { "He", "May", "June", "April", "August" }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsRoleToken(string word) =>
        TitleNotNameOrOrganisationWords.Contains(word) || (char.IsUpper(word[0]) && PersonNouns.IsPersonNoun(word));

    // The three word lists IsRoleToken asks, as one set: one lookup instead of three for every capitalised word.
    private static readonly FrozenSet<string> TitleNotNameOrOrganisationWords =
        Lexicon.TitleWords.Concat(Lexicon.NotNames).Concat(Lexicon.OrganisationWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsRoleWord(Token token) =>
        token.IsWord && !IsPossessive(token.Text) && !Lexicon.Determiners.Contains(token.Text) && !Lexicon.NotNames.Contains(token.Text)
        && !Lexicon.CueVerbs.Contains(token.Text) && !Lexicon.Auxiliaries.Contains(token.Text) && !NamePhrase.IsObjectPosition([token], 1)
        && (Lexicon.TitleWords.Contains(token.Text) || !token.IsCapitalized);

    private static bool IsPhraseBreak(Token token) =>
        token.Text is "in" or "on" or "at" or "during" or "who" or "which" or "when" or "after" or "before" or "while"
            or "that" or "to" or "from" or "as" or "last" or "this" or "earlier" or "later" or "told" or "on" or "about";

    private static bool IsPronoun(Token token) => token.IsWord && Lexicon.Pronouns.Contains(token.Text) && !token.Is("it");

    public static bool IsPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal)
        || word.EndsWith("'s", StringComparison.Ordinal)
        || word.EndsWith("s’", StringComparison.Ordinal);

    /// <summary>Party-and-state tags after US politicians' names: "R-Fla.", "D-S.C.".</summary>
    private static bool IsPartyTag(string word) =>
        word.Length >= 3 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"has", "would", "later": a lowercase auxiliary or -ly adverb between a subject and its verb.</summary>
    private static bool IsLowercaseAuxiliaryOrAdverb(Token token) =>
        token.IsWord && !token.IsCapitalized && (Lexicon.Auxiliaries.Contains(token.Text) || IsAdverb(token.Text));

    /// <summary>"The Pier Friends": "the" and capitalised words only, at least two of them.</summary>
    private static bool IsNameWithTheArticle(string text)
    {
        var words = text.Split(' ');
        return words.Length >= 3 && words[0] is "the" or "The" && words.Skip(1).All(w => char.IsUpper(w[0]));
    }

    /// <summary>A quote mark (not one around a name) or a sentence end: no appositive reaches back past it.</summary>
    private static bool StopsAppositives(Token token) => (token.IsQuote && !token.IsQuotedName) || token.IsSentenceEnd;

    /// <summary>A word that carries a name on: capitalised, a connector ("van") or a suffix ("Jr."), not a party tag.</summary>
    private static bool ContinuesName(List<Token> tokens, int i) =>
        tokens[i].IsWord
        && (tokens[i].IsCapitalized || NamePhrase.IsConnector(tokens, i) || NamePhrase.IsSuffix(tokens[i].Text))
        && !IsPartyTag(tokens[i].Text);

    /// <summary>A dash, or a word that is never a name and not a pronoun: passed over on the way to a clause's subject.</summary>
    private static bool IsDashOrNeverAName(Token token) =>
        token.Text is "—" or "-" || (token.IsWord && Lexicon.NotNames.Contains(token.Text) && !IsPronoun(token));

    /// <summary>A capitalised word, a title word or a connector: part of a subject's name and role.</summary>
    private static bool IsNameOrTitleWord(List<Token> tokens, int i) =>
        tokens[i].IsWord
        && (tokens[i].IsCapitalized || Lexicon.TitleWords.Contains(tokens[i].Text) || NamePhrase.IsConnector(tokens, i));

    /// <summary>A word before a name that still belongs to it: capitalised or a connector, not a possessive or party tag.</summary>
    private static bool ExtendsNameLeftwards(List<Token> tokens, int i) =>
        tokens[i].IsWord && !IsPossessive(tokens[i].Text) && !IsPartyTag(tokens[i].Text)
        && (tokens[i].IsCapitalized || NamePhrase.IsConnector(tokens, i));

    private static bool IsSubordinatorOrConjunction(string word) =>
        Lexicon.Subordinators.Contains(word) || Lexicon.Conjunctions.Contains(word);

    /// <summary>A word of a description ("the former senator") that is neither a verb of saying nor an auxiliary.</summary>
    private static bool IsWordButNoVerb(Token token) =>
        token.IsWord && !Lexicon.CueVerbs.Contains(token.Text) && !Lexicon.Auxiliaries.Contains(token.Text);

    private static int SkipBack(List<Token> tokens, int from, int floor, string opener)
    {
        var k = from;
        while (k > floor && tokens[k].Text != opener) k--;
        return k;
    }

    private static string? Join(List<Token> tokens, int from, int to) =>
        from >= to ? null : TokenRanges.Join(tokens, from, to);
}
