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
/// <c>~N</c> slop), <c>-exclusions</c> and <c>OR</c>. Never throws: syntax errors, long queries, too many terms
/// and leading wildcards come back as messages.
/// </summary>
public static class UserQueryParser
{
    public static Result<Query> Parse(string text, Analyzer analyzer)
    {
        if (text.Length > SearchErrors.MaxQueryLength) return Result<Query>.Fail(SearchErrors.TooLong);
        var folded = QuoteAnalyzers.Fold(text);
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
            var query = parser.Parse(folded);
            return CountClauses(query) > SearchErrors.MaxClauses ? Result<Query>.Fail(SearchErrors.TooManyClauses) : Result<Query>.Ok(query);
        }
        catch (ParseException e)
        {
            return Result<Query>.Fail(e.Message.Contains("'*' or '?' not allowed as first character", StringComparison.Ordinal)
                ? SearchErrors.LeadingWildcard
                : SearchErrors.Syntax(FirstLine(e.Message)));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return Result<Query>.Fail(SearchErrors.TooManyClauses);
        }
    }

    private static int CountClauses(Query query) => query is BooleanQuery boolean ? boolean.Clauses.Sum(c => CountClauses(c.Query)) : 1;

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.StartsWith("Cannot parse '", StringComparison.Ordinal) && line.IndexOf("': ", StringComparison.Ordinal) is var at and > 0 ? line[(at + 3)..] : line;
    }

    /// <summary>Quoted phrases go to the unstemmed field so "moving forward" matches those words exactly.</summary>
    private sealed class PhraseAwareParser(Analyzer analyzer) : QueryParser(QuoteAnalyzers.Version, IndexFields.Text, analyzer)
    {
        protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
            base.GetFieldQuery(quoted && field == IndexFields.Text ? IndexFields.Exact : field, queryText, quoted);
    }
}
