using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Statements;

public sealed class ReportedStatementFinderTests
{
    private static List<Quote> Statements(params string[] paragraphs) => Articles.Extract(paragraphs).Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Fact]
    public void Finds_a_that_clause_and_stops_before_a_trailing_source()
    {
        var statement = Assert.Single(Statements("Zelenskyy said that Kyiv was ready to swap its drones for fighter jets, Reuters reported, and more."));
        Assert.Equal("Kyiv was ready to swap its drones for fighter jets", statement.Text);
        Assert.Equal("Zelenskyy", statement.Speaker);
    }

    [Fact]
    public void Finds_a_clause_before_a_closing_cue()
    {
        var statement = Assert.Single(Statements("The talks will resume next week in Geneva, the minister said."));
        Assert.Equal("The talks will resume next week in Geneva", statement.Text);
    }

    [Fact]
    public void A_statement_never_swallows_a_direct_quote()
    {
        var all = Articles.Extract("Tusk said he wanted to be in Kyiv, “because this is the place where all people see clearly.”");
        var statement = Assert.Single(all, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("he wanted to be in Kyiv", statement.Text);
    }

    [Fact]
    public void Verbs_other_than_say_need_a_that_clause() =>
        Assert.Empty(Statements("US envoy Steve Witkoff confirmed the prisoner deal in a post on X yesterday."));
}
