using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Attribution;

public sealed class SpeakerNamesTests
{
    [Theory]
    [InlineData("Ana Ruiz", "Ana Ruiz")]
    [InlineData("Will Tjernby", "Will Tjernby")]
    [InlineData("Ursula von der Brandt", "Ursula von der Brandt")]
    [InlineData("Tomas Reyes Jr.", "Tomas Reyes Jr.")]
    [InlineData("The Eastvale Herald", "The Eastvale Herald")]
    [InlineData("Ruiz campaign", "Ruiz campaign")]
    [InlineData("WHO", "WHO")]
    [InlineData("Hosting Ruiz", "Ruiz")]
    [InlineData("the report", null)]
    [InlineData("as police", null)]
    [InlineData("experts", null)]
    [InlineData("A Bloomberg poll", null)]
    [InlineData("The GOP nominee", null)]
    [InlineData("Would I", null)]
    [InlineData("Only 52 percent of registered voters", null)]
    [InlineData("Never", null)]
    [InlineData("August", null)]
    [InlineData("Highly", null)]
    [InlineData("Va.", null)]
    [InlineData("Officials", null)]
    [InlineData("Texas", null)]
    [InlineData("France", null)]
    [InlineData("I’d", null)]
    [InlineData("But police", null)]
    [InlineData("When Ana Ruiz", "Ana Ruiz")]
    [InlineData("Eastvale-based Harbour Lines", "Harbour Lines")]
    [InlineData("Ruiz-led", null)]
    [InlineData("Traders", null)]
    [InlineData("Investigations", null)]
    [InlineData("Williams", "Williams")]
    [InlineData("Times", "Times")]
    [InlineData("Anna Holtz-Eakin", "Anna Holtz-Eakin")]
    [InlineData("I'll", null)]
    public void Only_a_name_is_a_speaker(string speaker, string? name) => Assert.Equal(name, SpeakerNames.Name(speaker));

    [Theory]
    [InlineData("“We are ready,” said Ana Ruiz, the harbour master.", SpeakerType.Person)]
    [InlineData("“We are ready,” the Eastvale Water Authority said.", SpeakerType.Organisation)]
    [InlineData("“We are ready,” NASA said in a statement.", SpeakerType.Organisation)]
    public void Every_speaker_has_a_type(string paragraph, SpeakerType type) =>
        Assert.Equal(type, Assert.Single(Articles.Quotes(paragraph)).SpeakerType);

    [Theory]
    [InlineData("“We are ready,” said Mr. Vennberg.", SpeakerGender.Male)]
    [InlineData("“We are ready,” Mrs. Vennberg said.", SpeakerGender.Female)]
    [InlineData("“We are ready,” Vennberg said.", null)]
    [InlineData("“We are ready,” said Jonas Vennberg.", null)]
    [InlineData("“We are ready,” said Mr. Jonas Vennberg.", null)]
    public void A_one_word_speaker_carries_the_gender_its_titles_give(string paragraph, SpeakerGender? gender) =>
        Assert.Equal(gender, Assert.Single(Articles.Quotes(paragraph)).SpeakerGender);

    [Fact]
    public void A_common_word_that_opened_a_sentence_is_no_speaker_when_the_article_also_writes_it_in_lower_case()
    {
        var quotes = Articles.Quotes("Teachers said: “We want smaller classes.”", "The teachers marched on Friday.");
        Assert.Null(Assert.Single(quotes).Speaker);
        Assert.Equal("Eastwind", Assert.Single(Articles.Quotes("Eastwind said: “We want smaller classes.”")).Speaker);
    }

    [Fact]
    public void A_common_word_the_article_capitalises_only_where_a_sentence_starts_is_no_speaker()
    {
        Assert.Null(Assert.Single(Articles.Quotes("Authorities said: “The road stays shut.”")).Speaker);
        var quotes = Articles.Quotes("Pentagon said: “The road stays shut.”", "A spokesman for the Pentagon declined to add more.");
        Assert.Equal("Pentagon", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_description_that_names_nobody_leaves_the_quote_without_speaker_or_type()
    {
        var quote = Assert.Single(Articles.Quotes("“The bridge will close,” the report said."));
        Assert.Equal((null, null), (quote.Speaker, quote.SpeakerType));
    }
}
