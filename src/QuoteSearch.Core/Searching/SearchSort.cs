namespace QuoteSearch.Core.Searching;

public enum SearchSort
{
    Relevance,
    /// <summary>Newest first.</summary>
    Date,
}
