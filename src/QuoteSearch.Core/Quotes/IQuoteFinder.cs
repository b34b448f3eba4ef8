namespace QuoteSearch.Core.Quotes;

/// <summary>Finds the quoted stretches of an article, in reading order.</summary>
public interface IQuoteFinder
{
    IReadOnlyList<QuoteSpan> Find(IReadOnlyList<string> paragraphs);
}
