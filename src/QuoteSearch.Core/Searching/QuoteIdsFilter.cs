using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// The documents of a few quotes by quote id (<see cref="QuoteIds"/>: "article.ordinal"). Quote ids are not indexed (an indexed unique
/// term per quote cost ingest 22%), so each id is found among its article's documents, a dozen or so, by the ordinal
/// in their stored records.
/// </summary>
internal sealed class QuoteIdsFilter(IReadOnlyCollection<string> ids) : Filter
{
    private readonly IReadOnlyCollection<string> quoteIds = ids;

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        FixedBitSet? bits = null;
        foreach (var byArticle in quoteIds.GroupBy(ArticleOf))
        {
            var docs = reader.GetTermDocsEnum(new Term(IndexFields.ArticleId, byArticle.Key));
            if (docs is null) continue;
            var wanted = byArticle.ToHashSet(StringComparer.Ordinal);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (acceptDocs is not null && !acceptDocs.Get(doc)) continue;
                if (StoredQuoteFields.Read(reader, doc).Data is not { } data) continue;
                if (!wanted.Contains(QuoteIds.For(byArticle.Key, data.Ordinal))) continue;
                (bits ??= new FixedBitSet(reader.MaxDoc)).Set(doc);
            }
        }
        return bits;
    }

    /// <summary>The article of a quote id, or "" for an id no index wrote (it then matches nothing).</summary>
    public static string ArticleOf(string quoteId) => QuoteIds.TryArticleOf(quoteId, out var article) ? article : "";

    public override bool Equals(object? obj) => obj is QuoteIdsFilter other && other.quoteIds.SequenceEqual(quoteIds);

    public override int GetHashCode() => quoteIds.Aggregate(17, (h, id) => h * 31 + StringComparer.Ordinal.GetHashCode(id));
}
