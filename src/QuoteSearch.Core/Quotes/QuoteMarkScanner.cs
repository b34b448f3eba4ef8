using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Quotes;

/// <summary>
/// A single left-to-right pass over each paragraph that pairs quote marks by style. A mark that cannot be paired
/// is dropped at the next opener of its style, so one stray mark spoils at most its own stretch. A quote still
/// open at a paragraph end runs on into the next paragraph when that one reopens with a mark, as news style does.
/// Single marks count only outside double quotes and only when a closer follows within a sentence's reach.
/// </summary>
public sealed class QuoteMarkScanner : IQuoteFinder
{
    private const int MaxSingleQuoteLength = 300;
    private const int MixedStyleLookahead = 2000;
    private const int MaxAttributionBetweenMarks = 120;

    public IReadOnlyList<QuoteSpan> Find(IReadOnlyList<string> paragraphs)
    {
        var spans = new List<QuoteSpan>();
        var group = 0;
        var continuing = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var openAt = -1;
            QuoteMark open = default;
            var isContinuation = false;
            if (continuing)
            {
                var first = FirstNonSpace(text);
                if (first >= 0 && QuoteMark.At(text, first) is { IsDouble: true } reopen && QuoteMarks.CanOpen(text, first, reopen))
                {
                    (openAt, open, isContinuation) = (first, reopen, true);
                }
                else
                {
                    group++;
                }
            }
            continuing = false;

            for (var i = openAt < 0 ? 0 : openAt + open.Length; i < text.Length; i++)
            {
                // Jump to the next quote mark: most characters are none, and this loop reads every character.
                var next = text.AsSpan(i).IndexOfAny(QuoteMarks.All);
                if (next < 0) break;
                i += next;
                if (QuoteMark.At(text, i) is not { } mark) continue;
                if (openAt < 0)
                {
                    if (mark.IsDouble && QuoteMarks.CanOpen(text, i, mark))
                    {
                        (openAt, open) = (i, mark);
                    }
                    else if (!mark.IsDouble && QuoteMarks.CanOpen(text, i, mark) && FindSingleClose(text, i, mark) is var close and > 0)
                    {
                        spans.Add(new QuoteSpan(p, i + 1, close, i, close + 1, false, true, group++, false));
                        i = close;
                        continue;
                    }
                    i += mark.Length - 1;
                    continue;
                }
                if (!mark.IsDouble) continue; // a nested quotation inside a double quote
                if ((QuoteMarks.Pairs(open.Style, mark.Style) || ClosesMixedStyle(text, i, open, mark))
                    && QuoteMarks.CanClose(text, i, mark))
                {
                    spans.Add(new QuoteSpan(p, openAt + open.Length, i, openAt, i + mark.Length, false, false, group++, isContinuation));
                    openAt = -1;
                    isContinuation = false;
                }
                else if (mark.Style == open.Style && QuoteMarks.CanOpen(text, i, mark))
                {
                    // A fresh opener of the same style while one is open: the earlier mark was stray.
                    // Marks of another style are a nested quotation and stay part of the text.
                    (openAt, open, isContinuation) = (i, mark, false);
                }
                i += mark.Length - 1;
            }

            if (openAt >= 0)
            {
                var end = TrimEnd(text);
                var start = openAt + open.Length;
                if (end > start) spans.Add(new QuoteSpan(p, start, end, openAt, end, true, false, group, isContinuation));
                continuing = p + 1 < paragraphs.Count;
                if (!continuing) group++;
            }
        }
        return spans;
    }

    /// <summary>
    /// Sloppy copy mixes styles: “no evidence" or "quote”. A closer of the other double style ends the quote
    /// when no closer of the opener's own style follows before the next opener of that style, or when a straight
    /// opener follows an attribution: in “Q1," Brandt said. "Q2.” the straight marks part two quotes.
    /// </summary>
    private static bool ClosesMixedStyle(string text, int i, QuoteMark open, QuoteMark mark)
    {
        var curlyOpen = open.Style is '“';
        var straightOpen = open.Style is '"';
        if (!(curlyOpen && mark.Style == '"') && !(straightOpen && mark.Style == '”')) return false;
        var limit = Math.Min(text.Length, i + MixedStyleLookahead);
        for (var j = i + 1; j < limit; j++)
        {
            if (curlyOpen && text[j] is '”' or '“') return text[j] == '“';
            if (curlyOpen && text[j] == '"' && ReopensAfterCue(text, i, j)) return true;
            if (straightOpen && text[j] == '"') return !QuoteMarks.CanClose(text, j, new QuoteMark('"', 1));
        }
        return true;
    }

    /// <summary>
    /// A straight mark at <paramref name="j"/> opens the next quote after a short attribution ("," Brandt said. "),
    /// not a nested quotation: only a verb of saying between the two marks tells them apart.
    /// </summary>
    private static bool ReopensAfterCue(string text, int close, int j)
    {
        if (j - close > MaxAttributionBetweenMarks
            || !char.IsWhiteSpace(text[j - 1])
            || j + 1 >= text.Length
            || !char.IsLetterOrDigit(text[j + 1]))
        {
            return false;
        }
        if (!char.IsPunctuation(text[close - 1])) return false;
        return text[(close + 1)..j]
            .Split([' ', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Any(Language.Lexicon.CueVerbs.Contains);
    }

    /// <summary>The closing single mark for an opener at <paramref name="open"/>, or -1; apostrophes inside words are skipped.</summary>
    private static int FindSingleClose(string text, int open, QuoteMark mark)
    {
        var limit = Math.Min(text.Length, open + MaxSingleQuoteLength);
        for (var i = open + 2; i < limit; i++)
        {
            var c = text[i];
            if (QuoteMarks.IsDouble(c)) return -1;
            if (QuoteMark.At(text, i) is { IsDouble: false } close
                && QuoteMarks.Pairs(mark.Style, close.Style)
                && QuoteMarks.CanClose(text, i, close))
            {
                return i;
            }
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
