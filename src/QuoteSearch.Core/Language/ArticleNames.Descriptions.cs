namespace QuoteSearch.Core.Language;

internal sealed partial class ArticleNames
{
    private const int MaxDescriptionWords = 5;

    /// <summary>
    /// The gender a description set beside a name gives it: "the harbour master's wife, Orla Quist, ..." or "Orla
    /// Quist, his wife, said". Its head noun (the last word before the comma) must be a gendered title or kin word;
    /// "lawyer" heads "Orla Quist, his wife's lawyer," and says nothing. A description before the name counts only when
    /// the name is set off after it too (a comma, a full stop, "and"), since "Asked about his mother, Quist said" opens
    /// with a clause about someone else.
    /// </summary>
    /// <param name="start">The name's first token; <paramref name="end"/> is one past its last.</param>
    private static Gender DescribedGender(List<Token> tokens, int start, int end)
    {
        var after = end + 1 < tokens.Count && tokens[end].Text == "," ? HeadGender(tokens, end + 1) : Gender.Unknown;
        if (after != Gender.Unknown) return after;
        var setOff = end == tokens.Count || tokens[end].Text is "," or "." or "and" or ")";
        return setOff && start >= 2 && tokens[start - 1].Text == "," ? TailGender(tokens, start - 2) : Gender.Unknown;
    }

    // "the first lady," after a name: a determiner or possessive opens it, and its last word before the comma is the head.
    private static Gender HeadGender(List<Token> tokens, int from)
    {
        var close = NounPhrases.DescriptionClose(tokens, from, tokens.Count, MaxDescriptionWords - 1);
        return close > 0 && tokens[close].Text is "," or "." ? Genders.FromTitle(tokens[close - 1].Text) : Gender.Unknown;
    }

    // "the first lady" ending at head: lower-case words back to the determiner or possessive that opens it.
    private static Gender TailGender(List<Token> tokens, int head)
    {
        var gender = tokens[head].IsWord && !tokens[head].IsCapitalized ? Genders.FromTitle(tokens[head].Text) : Gender.Unknown;
        if (gender == Gender.Unknown) return gender;
        for (var k = head - 1; k >= 0 && head - k <= MaxDescriptionWords; k--)
        {
            if (OpensDescription(tokens[k])) return gender;
            if (!tokens[k].IsWord || (tokens[k].IsCapitalized && k > 0)) return Gender.Unknown;
        }
        return Gender.Unknown;
    }

    // The determiners hold the possessives ("his", "her") too.
    private static bool OpensDescription(Token token) => token.IsWord && Lexicon.Determiners.Contains(token.Text);

    /// <summary>
    /// "Quist campaign manager Tobias Lindgren said": a name right before a lower-case role that ends in a title or a
    /// person noun and is followed by another name only says whose the role is; the other name is the subject.
    /// </summary>
    private static bool ModifiesRoleOfName(List<Token> tokens, int end)
    {
        // The cheap test first: a capitalised word within reach after the role; most names are followed by none.
        for (var k = end; k < tokens.Count - 1 && k - end < MaxRoleWordsBetweenNames; k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return false;
            if (!tokens[k + 1].IsCapitalized) continue;
            return IsRoleHead(tokens[k].Text) && AllRoleWords(TokenRanges.Of(tokens, end, k + 1));
        }
        return false;
    }

    private static bool AllRoleWords(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (!IsRoleWordBetweenNames(word)) return false;
        }
        return true;
    }

    private const int MaxRoleWordsBetweenNames = 3;

    // Lower-case words of a role; a verb ("told", "hired") or a function word means the first name acts.
    private static bool IsRoleWordBetweenNames(Token token) =>
        token.IsWord && !token.IsCapitalized && !token.Text.EndsWith("ed", StringComparison.Ordinal)
        && !Lexicon.CueVerbs.Contains(token.Text) && !Lexicon.Auxiliaries.Contains(token.Text)
        && !Lexicon.Prepositions.Contains(token.Text) && !Lexicon.Determiners.Contains(token.Text)
        && !Lexicon.Conjunctions.Contains(token.Text) && !Lexicon.Subordinators.Contains(token.Text);

    private static bool IsRoleHead(string word) => Lexicon.TitleWords.Contains(word) || PersonNouns.IsPersonNoun(word);

    /// <summary>
    /// "He" opening a sentence or following a quote, or "he" before a verb of saying ("That's why, he argued, ..."): a
    /// subject that carries the last person forward.
    /// </summary>
    private static bool IsSubjectPronoun(List<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].IsSentenceEnd || tokens[i - 1].IsQuote
        || (i + 1 < tokens.Count && tokens[i + 1].IsWord && Lexicon.CueVerbs.Contains(tokens[i + 1].Text));
}
