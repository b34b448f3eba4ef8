using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Reads one stored article back by id, with its quotes in reading order.</summary>
public sealed class ArticleLookup(QuoteIndex index)
{
    public StoredArticle? Get(string articleId) => index.Read(searcher =>
    {
        if (ArticleDocuments.Find(searcher, articleId) is not { } doc) return null;
        var article = ArticleDocuments.Read(searcher, doc, wanted: null);
        var quoteDocs = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.ArticleId, articleId)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)), Occur.MUST },
        };
        var top = searcher.Search(quoteDocs, 100_000);
        var quotes = StoredQuotes.Read(searcher, top.ScoreDocs.Select(d => d.Doc).ToList(), null, article);
        return new StoredArticle(
            article.Article,
            article.Paragraphs,
            quotes.OrderBy(q => q.Paragraph).ThenBy(q => q.Start).ToList());
    });
}
