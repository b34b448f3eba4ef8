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
        if (!OpensDescription(tokens[from])) return Gender.Unknown;
        for (var k = from + 1; k < tokens.Count && k - from <= MaxDescriptionWords; k++)
        {
            if (!tokens[k].IsWord) return tokens[k].Text is "," or "." ? Genders.FromTitle(tokens[k - 1].Text) : Gender.Unknown;
        }
        return Gender.Unknown;
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

    private static bool OpensDescription(Token token) =>
        token.IsWord && (Lexicon.Determiners.Contains(token.Text) || token.Text is "his" or "her" or "His" or "Her");
}
