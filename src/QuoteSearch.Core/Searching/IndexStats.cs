using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>How many articles, quotes and distinct speakers the index holds.</summary>
public sealed record IndexStats(int Articles, int Quotes, int Speakers)
{
    public static IndexStats Of(QuoteIndex index, SpeakerDirectory speakers)
    {
        var (articles, quotes) = index.Read(searcher => (
            Count(searcher, IndexFields.ArticleType),
            Count(searcher, IndexFields.QuoteType)));
        return new IndexStats(articles, quotes, speakers.All().Count);
    }

    private static int Count(IndexSearcher searcher, string type)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexFields.Type, type)), collector);
        return collector.TotalHits;
    }
}
