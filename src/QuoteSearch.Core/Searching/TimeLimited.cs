using System.Diagnostics;
using Lucene.Net.Search;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Runs a search under a time budget, so no query (wildcards over a huge index, say) can hold a request
/// thread for long: past the budget the search stops (<see cref="TimeBudgetCollector"/>) and the caller gets a clear message.
/// </summary>
internal static class TimeLimited
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The top <paramref name="limit"/> hits of <paramref name="query"/> published within the days
    /// <paramref name="from"/>–<paramref name="to"/> (yyyyMMdd, inclusive; null for no bound), and how many of all its
    /// matches, in the range or not, are undated (<see cref="DayWindowCollector"/>).
    /// </summary>
    /// <remarks>Past the budget (<see cref="Budget"/> unless <paramref name="budget"/> is given) it throws
    /// <see cref="SearchTooSlowException"/>.</remarks>
    public static (TopDocs Top, int Undated) Search(IndexSearcher searcher, Query query, Sort? sort, ScoreDoc? after, int limit,
        int? from = null, int? to = null, TimeSpan? budget = null)
    {
        ICollector collector;
        Func<TopDocs> results;
        if (sort is null)
        {
            var byScore = TopScoreDocCollector.Create(limit, after, docsScoredInOrder: false);
            (collector, results) = (byScore, byScore.GetTopDocs);
        }
        else
        {
            // In doc order. That once kept the sort's doc-values reads sequential (a speaker's 30k quotes: 55 ms out
            // of order, 5 ms in order); days now come from memory (PublishedDayKeys), and in-order collection is
            // what the date and cursor tests cover, so it stays.
            var bySort = TopFieldCollector.Create(
                sort, limit, (FieldDoc?)after,
                fillFields: true, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
            (collector, results) = (bySort, bySort.GetTopDocs);
        }
        var window = new DayWindowCollector(collector, from, to);
        var deadline = Stopwatch.GetTimestamp() + (long)((budget ?? Budget).TotalSeconds * Stopwatch.Frequency);
        searcher.Search(query, new TimeBudgetCollector(window, deadline));
        return (results(), window.Undated);
    }
}
