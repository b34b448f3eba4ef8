using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// The one stage that makes reported statements: passages without quote marks ("Lindqvist said that the port was
/// ready ..."), and quoted text that reports rather than quotes (transcript lines, text between doubled apostrophes).
/// </summary>
public interface IStatementFinder
{
    /// <param name="quotes">The article's attributed quotations, which a statement must not repeat.</param>
    /// <returns>Every item of the article: the quotes (some read as statements) and the statements found.</returns>
    IReadOnlyList<Quote> Find(AnalyzedArticle article, IReadOnlyList<Quote> quotes);
}
