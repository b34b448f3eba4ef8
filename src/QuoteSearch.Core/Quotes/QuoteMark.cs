namespace QuoteSearch.Core.Quotes;

/// <summary>
/// A quote mark at a position: its <see cref="Style"/> (the character marks pair by; two apostrophes
/// <c>''</c> used as a double quote get the style ″) and how many characters it takes.
/// </summary>
internal readonly record struct QuoteMark(char Style, int Length)
{
    public const char TwoApostrophes = '″';

    public static QuoteMark? At(string text, int i)
    {
        var c = text[i];
        if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'') return new QuoteMark(TwoApostrophes, 2);
        return QuoteMarks.IsAny(c) ? new QuoteMark(c, 1) : null;
    }

    public bool IsDouble => Style == TwoApostrophes || QuoteMarks.IsDouble(Style);
}
