using System.Collections.Frozen;

namespace QuoteSearch.Core.Language;

/// <summary>
/// Words of a time phrase that can stand right before a name ("Late on Tuesday Lena Moss said"): never part of a
/// role. A small list of this class's own, since the shared lexicon is being moved to data files.
/// </summary>
internal static class TimeWords
{
    private static readonly FrozenSet<string> Words = Lexicon.Set(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
        "september october november december today yesterday tomorrow tonight morning afternoon evening night weekend");

    public static bool Contains(string word) => Words.Contains(word);
}
