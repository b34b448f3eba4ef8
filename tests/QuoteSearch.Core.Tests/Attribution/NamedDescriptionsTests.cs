using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Attribution;

public sealed class NamedDescriptionsTests
{
    [Theory]
    [InlineData("said a busker who goes by the name ", true)]
    [InlineData("said a busker known as ", true)]
    [InlineData("said a busker nicknamed ", true)]
    [InlineData("said a busker who calls himself ", true)]
    [InlineData("said a busker who sang ", false)]
    [InlineData("called the plan ", false)]
    public void A_naming_phrase_makes_the_quoted_words_a_name(string before, bool naming) =>
        Assert.Equal(naming, NamedDescriptions.EndsWithNamingPhrase(before));

    [Theory]
    [InlineData("a busker who goes by the name Robin", "Robin", "a busker")]
    [InlineData("an old ferryman known as Long John", "Long John", "an old ferryman")]
    [InlineData("a busker who sang all night", null, null)]
    public void A_description_the_text_names_speaks_as_the_name(string text, string? name, string? role)
    {
        var tokens = Tokenizer.Tokenize(text, []);
        var named = NamedDescriptions.Named(tokens, 0, tokens.Count, tokens.Count);
        Assert.Equal((name, role), (named?.Text, named?.Role));
    }

    [Fact]
    public void The_description_before_a_name_is_its_role()
    {
        var tokens = Tokenizer.Tokenize("A busker who goes by the name Robin said", []);
        Assert.Equal("A busker", NamedDescriptions.DescriptionBefore(tokens, tokens.FindIndex(t => t.Text == "Robin"), 0));
    }
}
