namespace QuoteSearch.Core.Quotes;

/// <summary>Quote-mark tests for other stages, which see tokens rather than characters.</summary>
public static class QuoteMarksText
{
    public static bool ContainsMark(string text) => text.Any(QuoteMarks.IsDouble);
}
