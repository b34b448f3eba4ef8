using System.Collections.Concurrent;
using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Identity;

/// <summary>
/// Reads a written speaker name into a <see cref="PersonName"/>. Titles and roles are never part of a name: leading
/// titles go ("Sen.", "President"), and so, while two words remain, does a place, an acronym or a capitalised role
/// word before a known given name ("Ukraine Kurt Reinholt", "NASA Administrator Jim Halloway"). A quoted nickname
/// ("Robert C. “Bobby” Lindahl") is kept in the written form but not compared.
/// </summary>
public static class PersonNames
{
    private static readonly char[] QuoteMarks = ['"', '“', '”', '\'', '‘', '’'];

    /// <summary>The name read from <paramref name="written"/>, remembered: the directory reads every name on each commit.</summary>
    public static PersonName Parse(string written)
    {
        if (Parsed.TryGetValue(written, out var known)) return known;
        if (Parsed.Count > MaxRemembered) Parsed.Clear();
        return Parsed[written] = ParseNew(written);
    }

    private const int MaxRemembered = 200_000;
    private static readonly ConcurrentDictionary<string, PersonName> Parsed = new(StringComparer.Ordinal);

    private static PersonName ParseNew(string written)
    {
        var tokens = written.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        string? suffix = null;
        if (tokens.Count > 1 && NamePhrase.IsSuffix(tokens[^1].TrimEnd(',')))
        {
            suffix = NameFolding.Word(tokens[^1]);
            tokens.RemoveAt(tokens.Count - 1);
            tokens[^1] = tokens[^1].TrimEnd(',');
        }
        if (tokens.Count > 0) tokens[^1] = NamePhrase.StripPossessive(tokens[^1]);
        while (tokens.Count > 1 && IsTitleOrRole(tokens)) tokens.RemoveAt(0);
        var clean = string.Join(' ', tokens) + (suffix is null ? "" : " " + SuffixText(written));
        var parts = tokens.Where(t => !IsNickname(t)).ToList();
        if (parts.Count == 0) return new PersonName(null, [], NameFolding.Word(written), suffix, written.Trim());
        var surnameStart = parts.Count - 1;
        while (surnameStart > 0 && NamePhrase.IsParticle(parts[surnameStart - 1])) surnameStart--;
        var surname = string.Concat(parts.Skip(surnameStart).Select(NameFolding.Word));
        var familyFirst = parts.Count == 2 && IsHyphenatedGivenName(parts[1]);
        if (surnameStart == 0) return new PersonName(null, [], surname, suffix, clean);
        var firstAndMiddles = parts.Take(surnameStart).SelectMany(Initials).ToList();
        return new PersonName(firstAndMiddles[0], firstAndMiddles.Skip(1).ToList(), surname, suffix, clean) { FamilyFirst = familyFirst };
    }

    /// <summary>True for a leading word that is a title or role, not the name (see the class summary).</summary>
    private static bool IsTitleOrRole(List<string> tokens)
    {
        var first = tokens[0];
        if (Lexicon.TitleWords.Contains(first) || Lexicon.PersonalTitles.Contains(first)) return true;
        if (char.IsLower(first[0]) && !NamePhrase.IsParticle(first)) return true;
        if (tokens.Count < 3) return false;
        return Lexicon.Places.Contains(first) || OrganisationNames.IsAcronym(first) || IsRoleBeforeGivenName(first, tokens[1]);
    }

    private static bool IsRoleBeforeGivenName(string word, string next) =>
        !GivenNames.IsKnown(NameFolding.Word(word)) && GivenNames.IsKnown(NameFolding.Word(next));

    private static bool IsNickname(string token) => token.IndexOfAny(QuoteMarks) == 0
        || token.TrimEnd(',').EndsWith('"') || token.EndsWith('”');

    /// <summary>"H.W." is two initials; any other word is one folded part.</summary>
    private static IEnumerable<string> Initials(string token)
    {
        var pieces = token.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return pieces.Length > 1 && pieces.All(p => p.Length == 1)
            ? pieces.Select(NameFolding.Word)
            : [NameFolding.Word(token)];
    }

    private static bool IsHyphenatedGivenName(string token)
    {
        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < token.Length && char.IsUpper(token[0]) && char.IsLower(token[hyphen + 1]);
    }

    private static string SuffixText(string written) => written.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
