namespace QuoteSearch.Core.Quotes;

/// <summary>
/// A single left-to-right pass over each paragraph that pairs quote marks by style. A mark that cannot be paired
/// is dropped at the next opener, so one stray mark spoils at most its own stretch. A quote still open at a
/// paragraph end runs on into the next paragraph when that one reopens with a mark, as news style does.
/// Single marks count only outside double quotes and only when a closer follows within a sentence's reach.
/// </summary>
public sealed class QuoteMarkScanner : IQuoteFinder
{
    private const int MaxSingleQuoteLength = 300;

    public IReadOnlyList<QuoteSpan> Find(IReadOnlyList<string> paragraphs)
    {
        var spans = new List<QuoteSpan>();
        var group = 0;
        var continuing = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var openAt = -1;
            var isContinuation = false;
            if (continuing)
            {
                var first = FirstNonSpace(text);
                if (first >= 0 && QuoteMarks.IsDouble(text[first]) && QuoteMarks.CanOpen(text, first))
                {
                    openAt = first;
                    isContinuation = true;
                }
                else
                {
                    group++;
                }
            }
            continuing = false;

            for (var i = openAt + 1; i < text.Length; i++)
            {
                var c = text[i];
                if (!QuoteMarks.IsAny(c)) continue;
                if (openAt < 0)
                {
                    if (QuoteMarks.IsDouble(c) && QuoteMarks.CanOpen(text, i)) openAt = i;
                    else if (QuoteMarks.IsSingle(c) && QuoteMarks.CanOpen(text, i) && FindSingleClose(text, i) is var close && close > 0)
                    {
                        spans.Add(new QuoteSpan(p, i + 1, close, i, close, true, group++, false));
                        i = close;
                    }
                    continue;
                }
                var open = text[openAt];
                if (QuoteMarks.IsSingle(c)) continue; // nested quotation inside a double quote
                if (QuoteMarks.Pairs(open, c) && QuoteMarks.CanClose(text, i))
                {
                    spans.Add(new QuoteSpan(p, openAt + 1, i, openAt, i, false, group++, isContinuation));
                    openAt = -1;
                    isContinuation = false;
                }
                else if (c == open && QuoteMarks.CanOpen(text, i))
                {
                    // A fresh opener of the same style while one is open: the earlier mark was stray.
                    // Marks of another style are a nested quotation and stay part of the text.
                    openAt = i;
                    isContinuation = false;
                }
            }

            if (openAt >= 0)
            {
                var end = TrimEnd(text);
                if (end > openAt + 1) spans.Add(new QuoteSpan(p, openAt + 1, end, openAt, -1, false, group, isContinuation));
                continuing = p + 1 < paragraphs.Count;
                if (!continuing) group++;
            }
        }
        return spans;
    }

    /// <summary>The closing single mark for an opener at <paramref name="open"/>, or -1; apostrophes inside words are skipped.</summary>
    private static int FindSingleClose(string text, int open)
    {
        var limit = Math.Min(text.Length, open + MaxSingleQuoteLength);
        for (var i = open + 2; i < limit; i++)
        {
            var c = text[i];
            if (QuoteMarks.IsDouble(c)) return -1;
            if (QuoteMarks.IsSingle(c) && QuoteMarks.Pairs(text[open], c) && QuoteMarks.CanClose(text, i)) return i;
        }
        return -1;
    }

    private static int FirstNonSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return i;
        }
        return -1;
    }

    private static int TrimEnd(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
