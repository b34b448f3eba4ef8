using System.Collections.Frozen;
using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution;

/// <summary>
/// A role written after the name, as an appositive between commas: "said Tobias Lindgren, the harbour master of
/// Port Ellery" or "Lena Moss, a councillor, said". Only a noun phrase counts: a relative clause ("who leads"),
/// a participle ("adding that") or a verb of saying is no role.
/// </summary>
internal static class Appositives
{
    private const int MaxRoleTokens = 10;

    // A list of this class's own (the shared lexicon is moving to data files): words that open a clause, not a role.
    private static readonly FrozenSet<string> ClauseWords = Lexicon.Set(
        "who whose whom which that where when while as after before because although though if and but or so then " +
        "he she they it we i you according");

    /// <summary>The role in the appositive opening with the comma at <paramref name="comma"/>, or null.</summary>
    public static string? RoleAfter(List<Token> tokens, int comma, int limit)
    {
        if (comma >= limit || tokens[comma].Text != ",") return null;
        var end = comma + 1;
        while (end < limit && end - comma <= MaxRoleTokens && !ClosesRole(tokens[end])) end++;
        var closed = end == limit || tokens[end].Text is "," or ")" || tokens[end].IsSentenceEnd;
        return closed ? RoleBetween(tokens, comma + 1, end) : null;
    }

    private static bool ClosesRole(Token token) => token.Text is "," or ")" || token.IsSentenceEnd || token.IsQuote;

    /// <summary>The tokens [<paramref name="from"/>, <paramref name="to"/>) as a role, when they read as a noun phrase.</summary>
    public static string? RoleBetween(List<Token> tokens, int from, int to)
    {
        if (to <= from || to - from > MaxRoleTokens || !OpensRole(tokens[from])) return null;
        for (var k = from; k < to; k++)
        {
            if (!IsRoleToken(tokens[k])) return null;
        }
        return TokenRanges.Join(tokens, from, to);
    }

    // "said Wieczorek, in a statement released ...": a preposition opens an adverbial, not a role; "Jo Lee, 24," is an age.
    private static bool OpensRole(Token token) =>
        token.IsWord && !char.IsDigit(token.Text[0]) && !ClauseWords.Contains(token.Text) && !CueFinder.IsParticiple(token.Text)
        && (Lexicon.Determiners.Contains(token.Text) || Lexicon.TitleWords.Contains(token.Text) || NounPhrases.IsPossessive(token.Text)
            || (!token.IsCapitalized && !Lexicon.NotNames.Contains(token.Text) && !Lexicon.Prepositions.Contains(token.Text)));

    private static bool IsRoleToken(Token token) =>
        (token.IsWord && !Lexicon.CueVerbs.Contains(token.Text) && !ClauseWords.Contains(token.Text)) || token.Text is "-" or "&" or "/";
}
