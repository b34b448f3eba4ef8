using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Passes on the documents published within a day range (yyyyMMdd, inclusive; no range passes every one) and counts
/// the undated ones (day 0) among all it sees, from the in-memory days (<see cref="PublishedDayKeys"/>). One pass
/// over the search without its date range thus gives both the page and <see cref="SearchPage.Undated"/>, which a
/// second search used to count (as much work again as the page on a broad query).
/// </summary>
internal sealed class DayWindowCollector(ICollector inner, int? from, int? to) : ICollector
{
    private int[] days = [];

    /// <summary>Documents seen with day 0: undated.</summary>
    public int Undated { get; private set; }

    private bool Ranged => from is not null || to is not null;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void Collect(int doc)
    {
        var day = days[doc];
        if (day == 0) Undated++;
        if (!Ranged || InRange(day)) inner.Collect(doc);
    }

    // As the range query did: a range without a start begins at day 1, so undated and day-less documents stay out.
    private bool InRange(int day) => day >= (from ?? 1) && (to is not { } last || day <= last);

    public void SetNextReader(AtomicReaderContext context)
    {
        days = PublishedDayKeys.Of(context.AtomicReader);
        inner.SetNextReader(context);
    }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;
}
