using System.Collections.Frozen;
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
        var words = WordCount(text, atMost: 5);
        var before = span.OpenMark - 1;
        while (before >= 0 && char.IsWhiteSpace(paragraph[before])) before--;
        var introduced = before < 0 || paragraph[before] is ':' or ',' or '—' or '–' or '.' or '(';
        var endsLikeSpeech = text.Length > 0 && text[^1] is '.' or ',' or '!' or '?' or '…' or '—' or '-' or ';' or ':';
        var capitalised = text.Length > 0 && char.IsUpper(text[0]);
        return (introduced && words >= 3) || (endsLikeSpeech && words >= 5) || (capitalised && endsLikeSpeech && words >= 3)
            ? QuoteKind.Direct
            : QuoteKind.Partial;
    }

    /// <summary>Runs of letters and digits in the text, counted up to <paramref name="atMost"/> (a long quote stops early).</summary>
    public static int WordCount(ReadOnlySpan<char> text, int atMost = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++count >= atMost) return count;
            inWord = letter;
        }
        return count;
    }

    private static readonly FrozenSet<string> SmallWords =
        new[] { "a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "with", "or", "&", "vs." }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A title of a work or a name in quote marks: every word capitalised but the small ones ("Ferns and Friends.").</summary>
    public static bool LooksLikeTitle(string text)
    {
        // Spans, not Split: this runs for every quote and every candidate statement.
        var trimmed = text.AsSpan().TrimEnd(TitleEndings);
        if (trimmed.Length == 0 || text.AsSpan().TrimEnd()[^1] is '!' or '?' || trimmed.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }
        var words = 0;
        var first = true;
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.IsEmpty) continue;
            if (++words > 8 || (first && !char.IsUpper(word[0])) || !IsTitleWord(word)) return false;
            first = false;
        }
        return words > 0 && !(words == 1 && text[^1] == '.');
    }

    private static readonly char[] TitleEndings = ['.', ',', ';', ':', ' '];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWordLookup =
        SmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsTitleWord(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || char.IsDigit(word[0]) || !char.IsLetter(word[0]) || SmallWordLookup.Contains(word);
}
