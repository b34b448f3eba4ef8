namespace QuoteSearch.Core.Searching;

/// <summary>An indexed article with every paragraph and the quotes found in it.</summary>
public sealed record StoredArticle(ArticleRef Article, IReadOnlyList<string> Paragraphs, IReadOnlyList<QuoteHit> Quotes);
