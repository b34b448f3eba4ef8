using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Counts matching quotes per month from the in-memory published days (no Facet module in this Lucene.Net),
/// and remembers the first few documents so names and roles can be read without loading every stored quote.
/// </summary>
internal sealed class MonthCollector(int keepDocs) : ICollector
{
    private int[] days = [];
    private readonly Dictionary<int, int> quotesByMonth = []; // yyyyMM → quotes
    private int docBase;

    /// <summary>Quotes per month ("2026-02"), months in order; quotes without a known day are in no month.</summary>
    public SortedDictionary<string, int> Months => new(
        quotesByMonth.ToDictionary(m => $"{m.Key / 100:D4}-{m.Key % 100:D2}", m => m.Value), StringComparer.Ordinal);

    public List<int> Sample { get; } = [];
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        days = PublishedDayKeys.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        Total++;
        if (Sample.Count < keepDocs) Sample.Add(docBase + doc);
        var day = days[doc];
        if (day > 0) quotesByMonth[day / 100] = quotesByMonth.GetValueOrDefault(day / 100) + 1;
    }
}
