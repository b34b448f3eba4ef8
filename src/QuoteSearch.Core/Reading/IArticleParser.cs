using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Reading;

/// <summary>Turns one decoded input (plain text or HTML) into an article.</summary>
public interface IArticleParser
{
    Result<Article> Parse(ArticleInput input);
}
