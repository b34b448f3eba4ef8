using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Quotes;

namespace QuoteSearch.Core.Attribution;

/// <summary>Direct quotation or a fragment woven into the writer's sentence.</summary>
internal static class QuoteKinds
{
    public static QuoteKind Of(string paragraph, QuoteSpan span)
    {
        if (span.IsContinuation) return QuoteKind.Direct;
        var text = paragraph.AsSpan(span.Start, span.End - span.Start).Trim();
        var words = WordCount(text);
        var before = span.OpenMark - 1;
        while (before >= 0 && char.IsWhiteSpace(paragraph[before])) before--;
        var introduced = before < 0 || paragraph[before] is ':' or ',' or '—' or '–' or '.' or '(';
        var endsLikeSpeech = text.Length > 0 && text[^1] is '.' or ',' or '!' or '?' or '…' or '—' or '-' or ';' or ':';
        var capitalised = text.Length > 0 && char.IsUpper(text[0]);
        return (introduced && words >= 3) || (endsLikeSpeech && words >= 5) || (capitalised && endsLikeSpeech && words >= 3)
            ? QuoteKind.Direct
            : QuoteKind.Partial;
    }

    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    private static readonly HashSet<string> SmallWords = new(
        ["a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "with", "or", "&", "vs."], StringComparer.Ordinal);

    /// <summary>A title of a work or a name in quote marks: every word capitalised but the small ones ("Fox and Friends.").</summary>
    public static bool LooksLikeTitle(string text)
    {
        var trimmed = text.TrimEnd('.', ',', ';', ':', ' ');
        if (trimmed.Length == 0 || text.TrimEnd()[^1] is '!' or '?' || trimmed.Contains(". ", StringComparison.Ordinal)) return false;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8 || (words.Length == 1 && text[^1] == '.')) return false;
        return char.IsUpper(words[0][0])
               && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || SmallWords.Contains(w) || !char.IsLetter(w[0]));
    }
}
