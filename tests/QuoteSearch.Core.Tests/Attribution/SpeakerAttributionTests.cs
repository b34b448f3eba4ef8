using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Attribution;

public sealed class SpeakerAttributionTests
{
    private static (string Quote, string? Speaker) Only(params string[] paragraphs)
    {
        var quote = Assert.Single(Articles.Quotes(paragraphs));
        return (quote.Text, quote.Speaker);
    }

    [Theory]
    [InlineData("“We are ready,” Flynn said.", "Flynn")]
    [InlineData("“We are ready,” said Michael Flynn.", "Michael Flynn")]
    [InlineData("Michael Flynn said: “We are ready.”", "Michael Flynn")]
    [InlineData("“We are ready,” according to Michael Flynn.", "Michael Flynn")]
    [InlineData("Flynn told reporters on Tuesday that “we are ready to go.”", "Flynn")]
    [InlineData("Flynn wrote on Twitter: “We are ready to go.”", "Flynn")]
    [InlineData("“We are ready?” asked Flynn.", "Flynn")]
    [InlineData("“We are ready,” the White House said.", "White House")]
    [InlineData("Flynn, a former adviser to the campaign, said “we are ready to go.”", "Flynn")]
    public void Finds_the_speaker_at_the_cue(string paragraph, string speaker) =>
        Assert.Equal(speaker, Only(paragraph).Speaker);

    [Fact]
    public void Strips_the_role_from_the_name_and_keeps_it()
    {
        var quote = Assert.Single(Articles.Quotes("Russian negotiator Kirill Dmitriev told state media that \"things are moving forward in a good, positive direction.\""));
        Assert.Equal("Kirill Dmitriev", quote.Speaker);
        Assert.Equal("Russian negotiator", quote.Role);
        Assert.Equal("told", quote.Cue);
        Assert.True(quote.Confidence > 0.9);
    }

    [Fact]
    public void A_quote_split_around_the_cue_has_one_speaker()
    {
        var quotes = Articles.Quotes("“We are ready,” Flynn said, “and we will win.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Flynn", q.Speaker));
    }

    [Fact]
    public void A_surname_maps_to_the_fullest_name_in_the_article()
    {
        var quotes = Articles.Quotes("Senator Michael Flynn spoke on Monday.", "“We are ready,” Flynn said.");
        Assert.Equal("Michael Flynn", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_possessive_names_the_person_not_the_country()
    {
        var quotes = Articles.Quotes("Poland’s Tusk said he wanted to be in Kyiv, “because this is the place to be right now.”", "Polish Prime Minister Donald Tusk announced aid.");
        Assert.Equal("Donald Tusk", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_speaker()
    {
        var quotes = Articles.Quotes("“We are ready,” Flynn said.", "“We will win,” he added.");
        Assert.Equal(["Flynn", "Flynn"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_without_a_cue_after_an_attributed_one_keeps_its_speaker()
    {
        var quotes = Articles.Quotes("“We are ready,” Flynn said.", "“Nobody will stop us now, nobody at all.”");
        Assert.Equal(["Flynn", "Flynn"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Spelling_variants_are_one_speaker()
    {
        var quotes = Articles.Quotes("Zelensky spoke first.", "“We need the jets now,” Zelenskyy said.");
        Assert.Equal("Zelensky", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_cue_inside_a_quote_is_not_a_cue()
    {
        var quotes = Articles.Quotes("“Trump said we are finished,” Clinton said.");
        Assert.Equal("Clinton", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Partial_quotes_in_reported_speech_take_the_sentence_subject()
    {
        var quotes = Articles.Quotes("Kirill Dmitriev spoke.", "But he at the same time blasted European nations for seeking to \"disrupt the progress\" and \"meddle\" in the process.");
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Partial, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Kirill Dmitriev", q.Speaker));
    }

    [Theory]
    [InlineData("She watched “Shark Tank” on Sunday.")]
    [InlineData("While Poland has yet to agree to the maximalist 'asks' - Tusk has announced aid.")]
    public void Titles_and_scare_quotes_are_not_speech(string paragraph) =>
        Assert.Empty(Articles.Quotes(paragraph));
}
