using QuoteSearch.Core.Language;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Reads what a user types: plain words (stemmed, all required), "exact phrases" (unstemmed, stop words kept,
/// <c>~N</c> slop), <c>-exclusions</c> and <c>OR</c>. A phrase left open runs to the end of the query. Never throws:
/// syntax errors (in plain words, see <see cref="QuerySyntax"/>), long queries, too many terms and leading wildcards
/// come back as messages.
/// </summary>
public static class UserQueryParser
{
    public static Result<Query> Parse(string text, Analyzer analyzer)
    {
        if (text.Length > SearchErrors.MaxQueryLength) return Result<Query>.Fail(SearchErrors.TooLong);
        var prepared = QuerySyntax.Prepare(QuoteAnalyzers.Fold(text));
        var parser = new PhraseAwareParser(analyzer)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
            Locale = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            AutoGeneratePhraseQueries = true,
        };
        try
        {
            var query = parser.Parse(prepared);
            return CountClauses(query) > SearchErrors.MaxClauses
                ? Result<Query>.Fail(SearchErrors.TooManyClauses)
                : Result<Query>.Ok(query);
        }
        catch (ParseException e)
        {
            return Result<Query>.Fail(e.Message.Contains("'*' or '?' not allowed as first character", StringComparison.Ordinal)
                ? SearchErrors.LeadingWildcard
                : QuerySyntax.Explain(prepared));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return Result<Query>.Fail(SearchErrors.TooManyClauses);
        }
    }

    private static int CountClauses(Query query) => query is BooleanQuery boolean ? boolean.Clauses.Sum(c => CountClauses(c.Query)) : 1;

    /// <summary>Quoted phrases go to the unstemmed field so "moving forward" matches those words exactly.</summary>
    private sealed class PhraseAwareParser(Analyzer analyzer) : QueryParser(QuoteAnalyzers.Version, IndexFields.Text, analyzer)
    {
        protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
            base.GetFieldQuery(quoted && field == IndexFields.Text ? IndexFields.Exact : field, queryText, quoted);
    }
}
