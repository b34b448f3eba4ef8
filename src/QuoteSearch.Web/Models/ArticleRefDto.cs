using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>
/// The article a quote comes from: id (for <c>/api/articles/{id}</c>), title (or its first words when it has none),
/// outlet, published day (<c>yyyy-MM-dd</c>, null when unknown) and original URL.
/// </summary>
public sealed record ArticleRefDto(string Id, string? Title, string? Outlet, string? Published, string? Url)
{
    public static ArticleRefDto From(ArticleRef article) => new(article.Id, article.Title, article.Outlet, article.Published, article.Url);
}
