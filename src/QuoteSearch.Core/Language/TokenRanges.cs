using System.Runtime.InteropServices;

namespace QuoteSearch.Core.Language;

/// <summary>
/// The tokens from index <c>from</c> up to (not including) <c>to</c>, read without LINQ iterators: these run for
/// every phrase of every article, and <c>Skip(..).Take(..)</c> chains were a tenth of extraction's allocations.
/// Out-of-range bounds are clamped, as <c>Skip</c> and <c>Take</c> clamp them.
/// </summary>
internal static class TokenRanges
{
    public static ReadOnlySpan<Token> Of(List<Token> tokens, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(tokens.Count, to);
        return to <= from ? [] : CollectionsMarshal.AsSpan(tokens)[from..to];
    }

    /// <summary>The tokens' texts joined by single spaces; "" for an empty range.</summary>
    public static string Join(List<Token> tokens, int from, int to)
    {
        var range = Of(tokens, from, to);
        if (range.IsEmpty) return "";
        if (range.Length == 1) return range[0].Text;
        var length = range.Length - 1;
        foreach (var token in range) length += token.Text.Length;
        return string.Create(length, (tokens, Math.Max(0, from), range.Length), static (chars, state) =>
        {
            var at = 0;
            foreach (var token in Of(state.tokens, state.Item2, state.Item2 + state.Length))
            {
                if (at > 0) chars[at++] = ' ';
                token.Text.AsSpan().CopyTo(chars[at..]);
                at += token.Text.Length;
            }
        });
    }

    public static bool AnyQuote(List<Token> tokens, int from, int to)
    {
        foreach (var token in Of(tokens, from, to))
        {
            if (token.IsQuote) return true;
        }
        return false;
    }

    public static int CountWords(List<Token> tokens, int from, int to)
    {
        var count = 0;
        foreach (var token in Of(tokens, from, to))
        {
            if (token.IsWord) count++;
        }
        return count;
    }
}
