using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Attribution;

public sealed class SilentCuesTests
{
    [Theory]
    [InlineData("Ada Pell did not say that the pool would close.", "say", true)]
    [InlineData("Ada Pell never said that the pool would close.", "said", true)]
    [InlineData("Ada Pell has never once said that the pool would close.", "said", true)]
    [InlineData("Ada Pell didn't tell reporters that the pool would close.", "tell", true)]
    [InlineData("Ada Pell said she did not know when the pool would close.", "said", false)]
    [InlineData("The pool will close, whatever the council says.", "says", true)]
    [InlineData("The pool will close, no matter what the council said.", "said", true)]
    [InlineData("Regardless of what the council claims, the pool will close.", "claims", true)]
    [InlineData("The council says the pool will close.", "says", false)]
    public void A_negated_or_conceded_verb_of_saying_reports_nothing(string sentence, string verb, bool silent)
    {
        var tokens = Tokenizer.Tokenize(sentence, []);
        Assert.Equal(silent, SilentCues.ReportsNothing(tokens, tokens.FindIndex(t => t.Text == verb)));
    }

    [Fact]
    public void A_negated_verb_of_wanting_still_reports_a_stance()
    {
        var tokens = Tokenizer.Tokenize("Ada Pell did not want to close the pool.", []);
        Assert.False(SilentCues.ReportsNothing(tokens, tokens.FindIndex(t => t.Text == "want")));
    }
}
