using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Each segment's whole direct quotes as one bit per document, read once from the kind's posting list (deleted documents
/// included: searches never reach them). A segment never changes, so the bits live as long as it is open.
/// </summary>
internal static class DirectQuoteBits
{
    private static readonly ConditionalWeakTable<object, Lazy<FixedBitSet>> BySegment = new();

    private static readonly Term Direct = new(IndexFields.Kind, QuoteKind.Direct.ToString().ToLowerInvariant());

    public static FixedBitSet Of(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new Lazy<FixedBitSet>(() => Read(segment))).Value;

    private static FixedBitSet Read(AtomicReader segment)
    {
        var bits = new FixedBitSet(Math.Max(1, segment.MaxDoc));
        var docs = segment.GetTermDocsEnum(Direct);
        if (docs is null) return bits;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
        return bits;
    }
}
