using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Runs the registered warmers on each new searcher before it replaces the old one, so per-segment caches of
/// a freshly committed or merged segment are built once, on the refreshing thread, and never by the many
/// searches that would otherwise all find it cold at the same moment.
/// </summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    private ImmutableList<Action<IndexSearcher>> warmers = [];

    public void Add(Action<IndexSearcher> warmer) => ImmutableInterlocked.Update(ref warmers, list => list.Add(warmer));

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var searcher = new IndexSearcher(reader);
        foreach (var warm in Volatile.Read(ref warmers)) warm(searcher);
        return searcher;
    }
}
