using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Finds and reads the article document of a quote. An article and its quotes are written as one block (article
/// first, quotes in order) and Lucene keeps a block whole and in order through merges, so quote k's article is
/// k + 1 documents before it: one stored-fields read, no search. The id read there is checked, and a term lookup
/// takes over if it is not the article's (which would mean a block was split).
/// </summary>
internal static class ArticleDocuments
{
    /// <summary>
    /// The article <paramref name="articleId"/> with the paragraphs in <paramref name="wanted"/> (all when null), read
    /// first at document <paramref name="guess"/>; null when the index holds no such article.
    /// </summary>
    public static StoredArticleFields? Read(IndexSearcher searcher, string articleId, int guess, IReadOnlySet<int>? wanted)
    {
        if (IsLive(searcher.IndexReader, guess))
        {
            var fields = new StoredArticleFields(wanted);
            searcher.IndexReader.Document(guess, fields);
            if (fields.IsArticleOf(articleId)) return fields;
        }
        return Find(searcher, articleId) is { } doc ? Read(searcher, doc, wanted) : null;
    }

    /// <summary>The document number of the live article document <paramref name="articleId"/>, or null.</summary>
    public static int? Find(IndexSearcher searcher, string articleId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.ArticleId, articleId)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        return top.ScoreDocs.Length == 0 ? null : top.ScoreDocs[0].Doc;
    }

    public static StoredArticleFields Read(IndexSearcher searcher, int doc, IReadOnlySet<int>? wanted)
    {
        var fields = new StoredArticleFields(wanted);
        searcher.IndexReader.Document(doc, fields);
        return fields;
    }

    /// <summary>A deleted document may be an older copy of the same article, with other paragraphs.</summary>
    private static bool IsLive(IndexReader reader, int doc)
    {
        if (doc < 0 || doc >= reader.MaxDoc) return false;
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.LiveDocs?.Get(doc - leaf.DocBase) ?? true;
    }
}
