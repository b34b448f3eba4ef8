namespace QuoteSearch.Core.Domain;

/// <summary>An article together with every quote and statement the pipeline found in it.</summary>
public sealed record ExtractedArticle(Article Article, IReadOnlyList<Quote> Quotes);
