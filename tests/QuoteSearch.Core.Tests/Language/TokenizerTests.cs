using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Tests.Language;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Sen. Orla Quist spoke.", "Sen.")]
    [InlineData("The vote on No. 5 failed.", "No.")]
    [InlineData("He lives on Mill St. in Eastvale.", "St.")]
    [InlineData("J. Quist spoke.", "J.")]
    public void An_abbreviation_keeps_its_full_stop(string text, string word) =>
        Assert.Contains(Tokenizer.Tokenize(text, []), t => t.IsWord && t.Text == word);

    [Theory]
    [InlineData("No. Tobias Quist has money and thinks he is exempt.")]
    [InlineData("They asked if it would open. No. It will not.")]
    public void No_before_a_word_is_an_answer_that_ends_its_sentence(string text)
    {
        var tokens = Tokenizer.Tokenize(text, []);
        var no = tokens.FindIndex(t => t.Text == "No");
        Assert.True(no >= 0 && tokens[no + 1].IsSentenceEnd, string.Join(" | ", tokens.Select(t => t.Text)));
    }
}
