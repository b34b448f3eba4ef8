using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Counts matching quotes per month from doc values (no Facet module in this Lucene.Net), and remembers the
/// first few documents so names and roles can be read without loading every stored quote.
/// </summary>
internal sealed class MonthCollector(int keepDocs) : ICollector
{
    private NumericDocValues? days;
    private int docBase;

    public SortedDictionary<string, int> Months { get; } = new(StringComparer.Ordinal);
    public List<int> Sample { get; } = [];
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        days = context.AtomicReader.GetNumericDocValues(IndexFields.PublishedDay);
    }

    public void Collect(int doc)
    {
        Total++;
        if (Sample.Count < keepDocs) Sample.Add(docBase + doc);
        var day = days?.Get(doc) ?? 0;
        if (day <= 0) return;
        var month = $"{day / 10000:D4}-{day / 100 % 100:D2}";
        Months[month] = Months.GetValueOrDefault(month) + 1;
    }
}
