using System.Text;

namespace QuoteSearch.Core.Paragraphs;

/// <summary>Folds any run of whitespace (including non-breaking and zero-width spaces) to one space and trims.</summary>
public static class Whitespace
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\uFEFF' || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
