using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Attribution;

/// <summary>Decides who said each quoted stretch of an article, and which stretches are quotes at all.</summary>
public interface ISpeakerAttributor
{
    IReadOnlyList<Quote> Attribute(AnalyzedArticle article);
}
