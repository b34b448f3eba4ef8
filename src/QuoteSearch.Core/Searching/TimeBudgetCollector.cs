using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Passes every document on to <paramref name="inner"/> and checks the clock at each segment and every 1,024th
/// document: past <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp) it throws
/// <see cref="SearchTooSlowException"/>. Lucene's TimeLimitingCollector read its shared clock for every document, an
/// interlocked read of a counter a timer thread keeps writing: 4% of the server's time under the HTTP query mix, for
/// a budget of seconds that 1,024 documents (a tenth of a millisecond of collecting) cannot overrun.
/// </summary>
internal sealed class TimeBudgetCollector(ICollector inner, long deadline) : ICollector
{
    private const int CheckEvery = 1024;
    private int seen;

    public void Collect(int doc)
    {
        if (seen++ % CheckEvery == 0) Check();
        inner.Collect(doc);
    }

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Check();
        inner.SetNextReader(context);
    }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    private void Check()
    {
        if (Stopwatch.GetTimestamp() > deadline) throw new SearchTooSlowException();
    }
}
