using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// A speaker's id across articles: the canonical name lowercased, accents and punctuation removed, words
/// joined by hyphens ("Kirill Dmitriev" → "kirill-dmitriev"). Middle initials are left out, so "Donald J. Trump"
/// and "Donald Trump" are one id. Safe in URLs and stable across runs.
/// </summary>
public static class SpeakerIds
{
    public static string For(string name)
    {
        // Lucene's ASCII folding, not string.Normalize: the app runs with invariant globalization, where
        // Normalize leaves "José" as it is.
        var input = name.ToCharArray();
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        var builder = new StringBuilder(length);
        foreach (var c in folded.AsSpan(0, length))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var words = builder.ToString().Trim('-').Split('-');
        return string.Join('-', words.Where((w, i) => w.Length > 1 || i == 0 || i == words.Length - 1));
    }
}
