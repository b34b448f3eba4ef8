using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Identity;

/// <summary>
/// Organisations are one speaker by their full name, whatever the case, accents or a leading "the" ("The White
/// House", "the White House"); an acronym ("NASA", "U.N.") is the organisation whose initials it spells.
/// </summary>
public static class OrganisationNames
{
    private const int LongestAcronym = 6;

    /// <summary>The key two written names of one organisation share: folded words, a leading "the" and possessives dropped.</summary>
    public static string Key(string written)
    {
        var words = NameFolding.Words(string.Join(' ', written.Split(' ').Select(NamePhrase.StripPossessive)));
        return string.Join('-', words.SkipWhile((w, i) => i == 0 && w == "the" && words.Count > 1));
    }

    /// <summary>A single word of two to six capital letters, with or without periods ("FBI", "U.N.").</summary>
    public static bool IsAcronym(string written)
    {
        var letters = written.Trim().Replace(".", "", StringComparison.Ordinal);
        return letters.Length is >= 2 and <= LongestAcronym && letters.All(char.IsUpper);
    }

    /// <summary>The lowercase initials of a full name's words, small words aside ("Federal Bureau of Investigation" → "fbi").</summary>
    public static string Initials(string written) => string.Concat(written
        .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(w => char.IsUpper(w[0]) && !IsSmallWord(w))
        .Select(w => char.ToLowerInvariant(NameFolding.Fold(w)[0])));

    /// <summary>True when the acronym spells the initials of the full name.</summary>
    public static bool Spells(string acronym, string fullName) =>
        IsAcronym(acronym) && !IsAcronym(fullName) && Key(acronym).Replace("-", "", StringComparison.Ordinal) == Initials(fullName);

    private static bool IsSmallWord(string word) =>
        Lexicon.Determiners.Contains(word) || Lexicon.Prepositions.Contains(word) || Lexicon.Conjunctions.Contains(word);
}
