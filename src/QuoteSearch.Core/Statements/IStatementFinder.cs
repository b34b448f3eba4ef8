using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Statements;

/// <summary>Finds reported statements without quote marks ("Zelenskyy said that Kyiv was ready ...").</summary>
public interface IStatementFinder
{
    /// <param name="quotes">The article's quotations, which a statement must not repeat.</param>
    IReadOnlyList<Quote> Find(AnalyzedArticle article, IReadOnlyList<Quote> quotes);
}
