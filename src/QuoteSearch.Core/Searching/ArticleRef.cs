namespace QuoteSearch.Core.Searching;

/// <summary>The article a quote comes from, as search results show it.</summary>
public sealed record ArticleRef(string Id, string? Title, string? Outlet, string? Published, string? Url);
