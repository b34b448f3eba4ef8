using System.Collections.Frozen;
using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Roles as a reader should see them: a role made only of honorifics, time words and small words ("Mr.", "Mrs",
/// "morning Mr.") says nothing and is dropped; the same role in another case or without its full stop is one role.
/// </summary>
public static class Roles
{
    private static readonly FrozenSet<string> Honorifics = Lexicon.Honorifics;

    /// <summary>The distinct meaningful roles, in ordinal order.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string> roles) => roles
        .Select(r => r.Trim().TrimEnd('.', ',', ';'))
        .Where(IsMeaningful)
        .GroupBy(r => r.ToLowerInvariant())
        .Select(g => g.OrderBy(r => r, StringComparer.Ordinal).First())
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>True when a role has a word that is not an honorific, a time word or a small word.</summary>
    public static bool IsMeaningful(string role) => role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim('.', ',', ';', ':'))
        .Any(w => w.Length > 0 && !Honorifics.Contains(w) && !Honorifics.Contains(w + ".") && !TimeWords.Contains(w.ToLowerInvariant())
                  && !Lexicon.Determiners.Contains(w) && !Lexicon.Prepositions.Contains(w));
}
