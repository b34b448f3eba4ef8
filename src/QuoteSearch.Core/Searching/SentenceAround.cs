namespace QuoteSearch.Core.Searching;

/// <summary>
/// The sentence of a paragraph that holds a span, so a reported statement can be read in the article's own words.
/// A sentence ends at <c>.</c>, <c>!</c> or <c>?</c> followed by a space, or at the paragraph's end.
/// </summary>
public static class SentenceAround
{
    /// <summary>Longest context returned, in characters, ellipses included.</summary>
    public const int Cap = 400;

    private const string Ellipsis = "…";

    /// <summary>
    /// The whole sentence(s) around characters <paramref name="start"/> (inclusive) to <paramref name="end"/>
    /// (exclusive) of <paramref name="paragraph"/>, trimmed; over <see cref="Cap"/> characters it is cut with "…",
    /// keeping the span's start in view. Null when the paragraph is empty or the span lies outside it.
    /// </summary>
    public static string? Of(string paragraph, int start, int end)
    {
        if (!SpanFits(paragraph, start, end)) return null;
        var from = SentenceStart(paragraph, start);
        var to = SentenceEnd(paragraph, Math.Max(start, end - 1));
        var sentence = paragraph[from..to].Trim();
        if (sentence.Length <= Cap) return sentence;
        return SpanFitsFromSentenceStart(from, end)
            ? paragraph[from..].TrimStart()[..(Cap - Ellipsis.Length)].TrimEnd() + Ellipsis
            : Window(paragraph, from, start, to);
    }

    // A cut that begins at the span (or late enough to fill the cap), with "…" on each side that was cut.
    private static string Window(string paragraph, int from, int start, int to)
    {
        var room = Cap - 2 * Ellipsis.Length;
        var windowStart = Math.Max(from, Math.Min(start, to - room));
        var windowEnd = Math.Min(to, windowStart + room);
        return Ellipsis + paragraph[windowStart..windowEnd].Trim() + (windowEnd < to ? Ellipsis : "");
    }

    private static bool SpanFits(string paragraph, int start, int end) =>
        paragraph.Length > 0 && start >= 0 && start < end && end <= paragraph.Length;

    // The span still shows whole when the cut keeps the sentence's beginning.
    private static bool SpanFitsFromSentenceStart(int from, int end) => end - from <= Cap - Ellipsis.Length;

    private static int SentenceStart(string paragraph, int start)
    {
        for (var i = start - 1; i > 0; i--)
        {
            if (EndsSentence(paragraph, i - 1)) return i;
        }
        return 0;
    }

    private static int SentenceEnd(string paragraph, int last)
    {
        for (var i = last; i < paragraph.Length; i++)
        {
            if (EndsSentence(paragraph, i)) return i + 1;
        }
        return paragraph.Length;
    }

    private static bool EndsSentence(string paragraph, int i) =>
        paragraph[i] is '.' or '!' or '?' && (i + 1 == paragraph.Length || paragraph[i + 1] == ' ');
}
