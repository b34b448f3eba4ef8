using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Statements;

public sealed class WovenQuotesTests
{
    [Theory]
    [InlineData("Ivo Marr said the survey was \"flawed\" and would be repeated.", "the survey was \"flawed\" and would be repeated")]
    [InlineData("Ivo Marr said the survey was “flawed” from the start.", "the survey was “flawed” from the start")]
    [InlineData("Ivo Marr said the survey was \"flawed,\" citing missing pages.", "the survey was \"flawed,\"")]
    [InlineData("Ivo Marr said the survey was late, \"and nobody told us why, which is the worst of it.\"", "the survey was late")]
    [InlineData("Mr. Marr said the survey had ''a great many holes'' in it.", "the survey had")]
    public void A_statement_runs_on_past_a_partial_quote_to_the_end_of_its_clause(string paragraph, string statement) =>
        Assert.Equal(statement, Assert.Single(Articles.Extract(paragraph), IsTheStatement).Text);

    private static bool IsTheStatement(Quote quote) =>
        quote.Kind == QuoteKind.Indirect && quote.Text.StartsWith("the survey", StringComparison.Ordinal);
}
