using QuoteSearch.Core.Quotes;

namespace QuoteSearch.Core.Attribution;

/// <summary>
/// A quoted nickname inside a name — Rep. Robert C. "Bobby" Lindahl — is part of the name, not speech: one or two
/// capitalised words in quote marks, between a capitalised word (or an initial) and a capitalised word, or right after
/// a naming phrase ("who goes by the name “Stretch”", "known as “Dot”").
/// </summary>
internal static class Nicknames
{
    public static bool IsNickname(string paragraph, QuoteSpan span)
    {
        if (span.RunsOn || span.IsContinuation) return false;
        var words = paragraph[span.Start..span.End].Split(' ');
        if (words.Length > 2 || !words.All(IsNameWord)) return false;
        // "a man who goes by the name “Stretch.”": a name the text gives someone, not words they said.
        if (NamedDescriptions.EndsWithNamingPhrase(paragraph[..Math.Max(0, span.OpenMark)])) return true;
        return IsNameWord(WordBefore(paragraph, span.OpenMark)) && IsNameWord(WordAfter(paragraph, span.After));
    }

    private static bool IsNameWord(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’');

    private static string WordBefore(string text, int at)
    {
        if (at < 2 || text[at - 1] != ' ') return "";
        var start = at - 1;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text[start..(at - 1)];
    }

    private static string WordAfter(string text, int at)
    {
        if (at >= text.Length - 1 || text[at] != ' ') return "";
        var end = at + 1;
        while (end < text.Length && char.IsLetter(text[end]) || end < text.Length && text[end] is '.' or '-') end++;
        return text[(at + 1)..end];
    }
}
