using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Tests.Language;

public sealed class GivenNamesTests
{
    [Theory]
    [InlineData("Margaret", true)]   // a first name of the name data
    [InlineData("Bill", true)]       // a common word, but a first name first
    [InlineData("Zqxvanna", true)]   // unknown to both lists: may be a name
    [InlineData("Team", false)]      // a common word that is no first name
    [InlineData("whatever", false)]
    [InlineData("Actor", false)]
    public void Tells_a_possible_given_name_from_a_common_word(string word, bool likely) =>
        Assert.Equal(likely, GivenNames.IsLikely(word));
}
