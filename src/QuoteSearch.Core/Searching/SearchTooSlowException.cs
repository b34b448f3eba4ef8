namespace QuoteSearch.Core.Searching;

/// <summary>
/// A search ran past its time budget (<see cref="TimeBudgetCollector"/>); callers answer <see cref="SearchErrors.TooSlow"/>.
/// </summary>
internal sealed class SearchTooSlowException() : Exception("the search ran past its time budget");
