using QuoteSearch.Core.Identity;

namespace QuoteSearch.Core.Language;

/// <summary>
/// Given names against the words that open a capitalised run before one. A given name is a first name the name data
/// knows ("Marisol") or a word that is no common English word ("Zarielle"); "Team Brandt" and "Whatever Brandvik" open
/// with common words, so their first word names nobody. Before a known first name, a common word, an abbreviation or
/// an acronym is a role: "Actor Clint Marwick", "Cmdr. Sean Tolland", "NASA Administrator Jim Halloway". Both
/// word lists are vendored (Data/README.md).
/// </summary>
internal static class GivenNameWords
{
    /// <summary>True for a known first name, or a word outside the common-word list; case-insensitive.</summary>
    public static bool IsLikely(string word) => IsKnownFirstName(word) || !CommonWords.Contains(word);

    /// <summary>
    /// Where the name starts in a capitalised run: past the role words before its first known first name.
    /// <paramref name="word"/> reads the run; <paramref name="from"/> is its first index, <paramref name="last"/> the
    /// surname's. Returns <paramref name="from"/> when no known first name follows or the run is a name already.
    /// </summary>
    public static int NameStart(Func<int, string> word, int from, int last)
    {
        var first = FirstNameWithin(word, from + 1, last);
        if (first < 0) return from;
        // The role ends at its last word before the first name: "Harbour Master Tobias …" drops "Harbour" too, though
        // that spelling is no common word here.
        for (var i = first - 1; i >= from; i--)
        {
            if (IsRoleOpener(word(i)) && !OpensNameBeforeInitial(word, i)) return i + 1;
        }
        return from;
    }

    // The first known first name of a run that is no place ("Jordan", "China"), or -1.
    private static int FirstNameWithin(Func<int, string> word, int from, int last)
    {
        for (var i = from; i < last; i++)
        {
            if (IsKnownFirstName(word(i)) && !Lexicon.Places.Contains(word(i))) return i;
        }
        return -1;
    }

    // "Christina N Luis Quist": a given name of either dataset (also a common word, or of either gender) before a middle
    // initial opens the name; "Counsel W. Neil Ashdown" keeps its role. An initial itself is never a role.
    private static bool OpensNameBeforeInitial(Func<int, string> word, int i) =>
        IsInitial(word(i)) || (IsInitial(word(i + 1)) && GivenNames.IsKnown(NameFolding.Word(word(i))));

    /// <summary>One capital letter, with or without its full stop: "J", "J.".</summary>
    public static bool IsInitial(string word) => word.Length is 1 or 2 && char.IsUpper(word[0]) && (word.Length == 1 || word[1] == '.');

    // An all-capital word or an abbreviation is never a given name in running text, even one the name data holds ("ESA").
    private static bool IsRoleOpener(string word) =>
        IsAbbreviation(word) || IsAcronym(word) || (!IsKnownFirstName(word) && (CommonWords.Contains(word) || IsCommonCompound(word)));

    /// <summary>A first name the vendored name dataset gives a usual gender.</summary>
    public static bool IsKnownFirstName(string word) => Genders.FromFirstName(word) != Gender.Unknown;

    // "Cmdr.", "Supt.": one full stop at the end; initials ("J.") are part of a name.
    private static bool IsAbbreviation(string word) => word.Length >= 3 && word[^1] == '.' && word.IndexOf('.') == word.Length - 1;

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    // "Singer-guitarist": a compound that opens with a common word and holds no first name ("Jean-Luc" does).
    private static bool IsCommonCompound(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && CommonWords.Contains(parts[0]) && !parts.Any(IsKnownFirstName);
    }
}
