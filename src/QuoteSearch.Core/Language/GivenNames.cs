namespace QuoteSearch.Core.Language;

/// <summary>
/// Whether the first word of a capitalised run can be a person's given name: a first name the name data knows
/// ("Ivanka"), or a word that is no common English word ("Rakeyia"). "Team Trump", "Whatever Bloomberg" and "Actor
/// Clint Howard" open with common words, so their first word names nobody. Both lists are vendored (Data/README.md).
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> CommonWords = WordData.Set("common-english-words.txt");

    /// <summary>True for a known first name, or a word outside the common-word list; case-insensitive.</summary>
    public static bool IsLikely(string word) =>
        Genders.FromFirstName(word) != Gender.Unknown || !CommonWords.Contains(word);
}
