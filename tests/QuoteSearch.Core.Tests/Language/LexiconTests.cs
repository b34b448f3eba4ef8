using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Language;

public sealed class LexiconTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("say")]
    [InlineData("told")]
    [InlineData("written")]
    [InlineData("grumbled")]
    [InlineData("sighed")]
    [InlineData("muttering")]
    [InlineData("whispers")]
    [InlineData("conceded")]
    [InlineData("retorted")]
    [InlineData("labeled")]
    [InlineData("labelled")]
    public void Counts_every_form_of_a_verb_of_saying_as_a_cue(string form) =>
        Assert.Contains(form, (IReadOnlySet<string>)Lexicon.CueVerbs);

    [Theory]
    [InlineData("report")]
    [InlineData("state")]
    [InlineData("press")]
    [InlineData("shooting")]
    [InlineData("remarks")]
    public void Leaves_out_forms_news_uses_as_nouns(string form) => Assert.DoesNotContain(form, (IReadOnlySet<string>)Lexicon.CueVerbs);

    [Fact]
    public void Narrows_cue_verbs_without_adding_any() =>
        Assert.Empty(Lexicon.WeakCues.Concat(Lexicon.TakesObject).Except(Lexicon.CueVerbs));

    [Fact]
    public void Expands_weak_cues_to_all_their_forms() => Assert.Contains("describing", (IReadOnlySet<string>)Lexicon.WeakCues);

    [Fact]
    public void Counts_the_weekdays_among_the_words_that_are_not_names() =>
        Assert.Contains("Monday", (IReadOnlySet<string>)Lexicon.NotNames);

    [Theory]
    [InlineData("“It is late,” Tomas Brandt sighed.", "sighed")]
    [InlineData("“We are not ready,” Tomas Brandt grumbled.", "grumbled")]
    [InlineData("Tomas Brandt has written that “the plan will not survive the winter.”", "written")]
    [InlineData("Tomas Brandt had told reporters that “nothing would change.”", "told")]
    public void Attributes_a_quote_at_any_form_of_a_cue_lemma(string paragraph, string cue)
    {
        var quote = Assert.Single(Articles.Quotes("Ingrid Lindqvist opened the meeting.", paragraph));
        Assert.Equal(("Tomas Brandt", cue), (quote.Speaker, quote.Cue));
    }
}
