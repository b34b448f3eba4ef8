using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Attribution;

public sealed class AppositivesTests
{
    [Theory]
    [InlineData("said Tove Lind, the harbour master of Eastwick.", "the harbour master of Eastwick")]
    [InlineData("said Tove Lind, a nurse, at the gate.", "a nurse")]
    [InlineData("said Tove Lind, chair of the parish council.", "chair of the parish council")]
    [InlineData("said Tove Lind, who runs the ferry.", null)]
    [InlineData("said Tove Lind, adding that the ferry was late.", null)]
    [InlineData("said Tove Lind, in a letter to the staff.", null)]
    [InlineData("said Tove Lind, 41.", null)]
    public void A_noun_phrase_between_commas_after_the_name_is_its_role(string text, string? role)
    {
        var tokens = Tokenizer.Tokenize(text, []);
        Assert.Equal(role, Appositives.RoleAfter(tokens, tokens.FindIndex(t => t.Text == ","), tokens.Count - 1));
    }
}
