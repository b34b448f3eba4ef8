using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Language;

public sealed class NamePhraseTests
{
    [Theory]
    [InlineData("Nora van Dijk said", "van", true)]
    [InlineData("Nora von der Heide said", "von", true)]
    [InlineData("Nora von der Heide said", "der", true)]
    [InlineData("Nora da Silva said", "da", true)]
    [InlineData("the van drove off", "van", false)]
    [InlineData("Nora de said", "de", false)]
    public void Particles_join_a_name_even_in_a_run(string text, string particle, bool connects)
    {
        var tokens = Tokenizer.Tokenize(text, []);
        Assert.Equal(connects, NamePhrase.IsConnector(tokens, tokens.FindIndex(t => t.Text == particle)));
    }
}
