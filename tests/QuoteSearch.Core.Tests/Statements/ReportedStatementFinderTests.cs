using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Statements;

public sealed class ReportedStatementFinderTests
{
    private static List<Quote> Statements(params string[] paragraphs) =>
        Articles.Extract(paragraphs).Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Fact]
    public void Finds_a_that_clause_and_stops_before_a_trailing_source()
    {
        var statement = Assert.Single(Statements(
            "Lindqvist said that the port was ready to swap its ferries for new ones, the Gazette reported, and more."));
        Assert.Equal("the port was ready to swap its ferries for new ones", statement.Text);
        Assert.Equal("Lindqvist", statement.Speaker);
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
        var all = Articles.Extract("Kessler said he wanted to be in Gdansk, “because that is where everyone can see it plainly.”");
        var statement = Assert.Single(all, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("he wanted to be in Gdansk", statement.Text);
    }

    [Fact]
    public void Verbs_other_than_say_need_a_that_clause() =>
        Assert.Empty(Statements("US envoy Steve Witkoff confirmed the prisoner deal in a post on X yesterday."));

    [Theory]
    [InlineData("Marta Lind backed the deal in 2012. Lind now says she rejects the deal.", "Marta Lind", "she rejects the deal")]
    [InlineData(
        "Marta Lind plans to urge young people to sign up for national service.",
        "Marta Lind", "to urge young people to sign up for national service")]
    [InlineData(
        "Tom Okafor defended his tweets on Friday, saying they show he would be awake at 3 a.m.",
        "Tom Okafor", "they show he would be awake at 3 a.m.")]
    [InlineData(
        "Okafor said Lind was the founder of the group, and he repeated it on the radio Thursday.",
        "Okafor", "Lind was the founder of the group")]
    [InlineData("Mr. Holmgren and Mr. Lidell say other changes are needed.", "Lidell", "other changes are needed")]
    [InlineData("Tom Okafor complained about his microphone during the debate.", "Tom Okafor", "his microphone during the debate")]
    [InlineData("And Okafor didn’t apologize for his earlier remarks.", "Okafor", "his earlier remarks")]
    [InlineData("Marta Lind is seizing on recent comments her rival made.", "Marta Lind", "recent comments her rival made")]
    [InlineData("“It was a long night,” said Tom Okafor, speaking of the vote count in Ohio.", "Tom Okafor", "the vote count in Ohio")]
    [InlineData(
        "The campaign chairman, Phil Arnesen, said he could not discuss the letter.", "Phil Arnesen", "he could not discuss the letter")]
    [InlineData("Lind said local officials should ask for federal help.", "Lind", "local officials should ask for federal help")]
    [InlineData("Marta Lind met industry leaders, promising to lift the rules on drilling.", "Marta Lind", "to lift the rules on drilling")]
    [InlineData(
        "Tom Okafor then pointed out that a single storm may flood more than one town.",
        "Tom Okafor", "that a single storm may flood more than one town")]
    public void Finds_statements_after_adverbs_participles_and_verbs_of_intent_or_topic(string paragraph, string speaker, string text)
    {
        var statement = Assert.Single(Statements(paragraph), s => s.Text == text);
        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void Two_verbs_of_saying_in_one_sentence_give_two_statements() =>
        Assert.Equal(["to keep backing Okafor", "she would not bow to the critics"],
            Statements("Marta Lind promised to keep backing Okafor and said she would not bow to the critics.")
                .Select(s => s.Text));

    [Fact]
    public void A_second_verb_after_a_comma_reports_the_same_speaker()
    {
        var statements = Statements(
            "Marta Lind said all guarantees would strengthen Europe, and insisted there should be no reward for aggression.");
        Assert.Equal(
            ["all guarantees would strengthen Europe", "there should be no reward for aggression"], statements.Select(s => s.Text));
        Assert.All(statements, s => Assert.Equal("Marta Lind", s.Speaker));
    }

    [Theory]
    [InlineData("It said the plan would fail in the spring.")]
    [InlineData("Everyone knows the plan would fail in the spring.")]
    [InlineData("Having announced that the plan would fail, the board resigned.")]
    public void A_capitalised_sentence_opener_is_never_a_speaker(string paragraph) =>
        Assert.DoesNotContain(Articles.Extract(paragraph), q => q.Speaker is "It" or "Everyone" or "Having");
}
