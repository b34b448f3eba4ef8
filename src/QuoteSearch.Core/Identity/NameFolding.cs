using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace QuoteSearch.Core.Identity;

/// <summary>
/// How a name's words compare: accents folded to ASCII, lowercase, letters and digits only ("José" → "jose",
/// "O'Brien" → "o", "brien"). Lucene's ASCII folding, not string.Normalize: the app runs with invariant
/// globalization, where Normalize leaves "José" as it is.
/// </summary>
public static class NameFolding
{
    /// <summary>The folded words of a name, in order; punctuation and spaces separate words.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var folded = Fold(name);
        var words = new List<string>();
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (builder.Length == 0) continue;
            words.Add(builder.ToString());
            builder.Clear();
        }
        if (builder.Length > 0) words.Add(builder.ToString());
        return words;
    }

    /// <summary>One word folded: "Vashenskyy," → "vashenskyy", "Un-sol" → "unsol".</summary>
    public static string Word(string word) => string.Concat(Words(word));

    /// <summary>The text with accented letters replaced by their ASCII letters; case and punctuation kept.</summary>
    public static string Fold(string text)
    {
        var input = text.ToCharArray();
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        return new string(folded, 0, length);
    }
}
