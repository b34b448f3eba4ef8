namespace QuoteSearch.Web.Models;

/// <summary>The answer to an ingest: the article's id, how many quotes and statements were found, and its UI page.</summary>
public sealed record ArticleCreatedDto(string Id, int Quotes, string Link);
