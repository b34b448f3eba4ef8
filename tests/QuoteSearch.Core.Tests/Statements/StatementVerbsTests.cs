using QuoteSearch.Core.Statements;

namespace QuoteSearch.Core.Tests.Statements;

public sealed class StatementVerbsTests
{
    [Theory]
    [InlineData("say", "said", "says", "saying")]
    [InlineData("find", "found", "finds", "finding")]
    [InlineData("write", "wrote", "written", "writing")]
    public void A_clause_verb_brings_every_form_of_its_lemma(string lemma, string past, string third, string gerund) =>
        Assert.All([lemma, past, third, gerund], form => Assert.Contains(form, (IReadOnlySet<string>)StatementVerbs.Clause));

    [Theory]
    [InlineData("touts")]
    [InlineData("touted")]
    [InlineData("touting")]
    [InlineData("criticising")]
    public void An_object_verb_brings_every_form(string form) => Assert.Contains(form, (IReadOnlySet<string>)StatementVerbs.Object);

    [Theory]
    [InlineData("weighed", "in")]
    [InlineData("speaking", "of")]
    [InlineData("bragging", "about")]
    public void A_topic_verb_takes_its_prepositions_in_every_form(string form, string preposition) =>
        Assert.Contains(preposition, StatementVerbs.Topic[form]);

    [Theory]
    [InlineData("saying", true)]
    [InlineData("noting", true)]
    [InlineData("said", false)]
    public void Only_the_ing_form_reports_after_a_comma(string form, bool participle) =>
        Assert.Equal(participle, StatementVerbs.Participle.Contains(form));
}
