using System.Collections.Frozen;

namespace QuoteSearch.Core.Language;

/// <summary>Small facts about name tokens shared by the name registry and the phrase reader.</summary>
internal static class NamePhrase
{
    private static readonly FrozenSet<string> Connectors =
        new[] { "de", "van", "von", "der", "al", "bin", "da", "del", "la", "le", "di", "du", "dos" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Suffixes =
        new[] { "Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV" }.ToFrozenSet(StringComparer.Ordinal);
    // Verbs that open a reported clause without being cues: "he believes Lindqvist is correct".
    private static readonly FrozenSet<string> ThinkingVerbs =
        ("believe believes believed think thinks thought hope hopes hoped know knows knew feel feels felt "
            + "expect expects expected fear fears feared worry worries worried").Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ObjectMarkers =
        ("of to for with at on from by against about than and or like versus vs. into toward towards over under "
            + "after before between among including").Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A lowercase particle inside a name ("Bill de Wahl"), between capitalised words; particles may come in a run
    /// ("Ursula von der Heide").
    /// </summary>
    public static bool IsConnector(List<Token> tokens, int i)
    {
        if (i <= 0 || i + 1 >= tokens.Count || !Connectors.Contains(tokens[i].Text)) return false;
        var before = tokens[i - 1].IsCapitalized || (i > 1 && Connectors.Contains(tokens[i - 1].Text) && tokens[i - 2].IsCapitalized);
        var after = tokens[i + 1].IsCapitalized
                    || (i + 2 < tokens.Count && Connectors.Contains(tokens[i + 1].Text) && tokens[i + 2].IsCapitalized);
        return before && after;
    }

    public static bool IsSuffix(string word) => Suffixes.Contains(word);

    /// <summary>A lowercase particle that belongs to the surname after it ("de", "van", "von der").</summary>
    public static bool IsParticle(string word) => Connectors.Contains(word);

    /// <summary>The surname of a name: its last word, or the one before a suffix like "Jr." or "II".</summary>
    public static string Surname(IReadOnlyList<string> name) =>
        name.Count > 1 && IsSuffix(name[^1]) ? name[^2].TrimEnd(',') : name[^1];

    public static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)
            ? word[..^2]
            : word.TrimEnd('’', '\'');

    /// <summary>
    /// A name right after a preposition or "and" (titles between aside: "for GOP nominee Oskar Brandt") is an
    /// object, not who is acting; "according to X" and "said X" name a source, so they are not.
    /// </summary>
    public static bool IsObjectPosition(List<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 4 && IsTitleOrNameWord(tokens[k])) k--;
        if (k >= 0 && tokens[k].Is("that") && k > 0) k--;
        // "Ostrander said Halloran doesn't...": a name right after a speech verb opens the reported clause; it is
        // not who speaks in the sentence, and a later "she said" should not go to it.
        // After a quote or a comma ("…,” said Brandvik") the verb comes first and the name is the speaker.
        if (k > 0 && tokens[k].IsWord && tokens[k - 1].IsWord && OpensReportedClause(tokens[k].Text)) return true;
        if (k < 0 || !tokens[k].IsWord || !ObjectMarkers.Contains(tokens[k].Text)) return false;
        return !(tokens[k].Is("to") && k > 0 && tokens[k - 1].Is("according"));
    }

    /// <summary>A title word, or a capitalised word that is no preposition: what stands between a marker and a name.</summary>
    private static bool IsTitleOrNameWord(Token token) =>
        token.IsWord && (Lexicon.TitleWords.Contains(token.Text) || (token.IsCapitalized && !ObjectMarkers.Contains(token.Text)));

    /// <summary>A verb of saying or thinking that takes no object: a name right after it opens the reported clause.</summary>
    private static bool OpensReportedClause(string verb) =>
        (Lexicon.CueVerbs.Contains(verb) || ThinkingVerbs.Contains(verb)) && !Lexicon.TakesObject.Contains(verb);
}
