using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Counts matching quotes per month from doc values (no Facet module in this Lucene.Net), and remembers the
/// first few documents so names and roles can be read without loading every stored quote.
/// </summary>
internal sealed class MonthCollector(int keepDocs) : ICollector
{
    private SortedDocValues? days;
    private string?[] monthOfOrd = [];
    private readonly BytesRef scratch = new();
    private int docBase;

    public SortedDictionary<string, int> Months { get; } = new(StringComparer.Ordinal);
    public List<int> Sample { get; } = [];
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        days = context.AtomicReader.GetSortedDocValues(IndexFields.PublishedDay);
        // A segment holds few distinct days: each is turned into its month once.
        monthOfOrd = new string?[days?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        Total++;
        if (Sample.Count < keepDocs) Sample.Add(docBase + doc);
        var ord = days?.GetOrd(doc) ?? -1;
        if (ord < 0) return;
        var month = monthOfOrd[ord] ??= MonthOf(ord);
        if (month.Length > 0) Months[month] = Months.GetValueOrDefault(month) + 1;
    }

    private string MonthOf(int ord)
    {
        days!.LookupOrd(ord, scratch);
        return PublishedDays.TryParse(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length), out var day) && day > 0
            ? $"{day / 10000:D4}-{day / 100 % 100:D2}"
            : "";
    }
}
