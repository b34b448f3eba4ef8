using System.Globalization;
using System.Text;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// A speaker's id across articles: the canonical name lowercased, accents and punctuation removed, words
/// joined by hyphens ("Kirill Dmitriev" → "kirill-dmitriev"). Safe in URLs and stable across runs.
/// </summary>
public static class SpeakerIds
{
    public static string For(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
