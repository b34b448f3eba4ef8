using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Reads one stored article back by id, with its quotes in reading order.</summary>
public sealed class ArticleLookup(QuoteIndex index)
{
    public StoredArticle? Get(string articleId) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.ArticleId, articleId)), 100_000);
        Lucene.Net.Documents.Document? article = null;
        var quotes = new List<QuoteHit>();
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            if (doc.Get(IndexFields.Paragraphs) is not null) article = doc;
            else quotes.Add(StoredQuotes.ToHit(doc, null));
        }
        if (article is null) return null;
        var paragraphs = JsonSerializer.Deserialize<List<string>>(article.Get(IndexFields.Paragraphs)) ?? [];
        return new StoredArticle(
            StoredQuotes.ArticleOf(article),
            paragraphs,
            quotes.OrderBy(q => q.Paragraph).ThenBy(q => q.Start).ToList());
    });
}
