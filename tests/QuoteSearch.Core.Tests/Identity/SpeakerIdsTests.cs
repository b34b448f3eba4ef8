using QuoteSearch.Core.Identity;

namespace QuoteSearch.Core.Tests.Identity;

public sealed class SpeakerIdsTests
{
    [Theory]
    [InlineData("Kirill Dmitriev", "kirill-dmitriev")]
    [InlineData("Volodymyr Zelenskyy", "volodymyr-zelenskyy")]
    [InlineData("Donald J. Trump", "donald-j-trump")]
    [InlineData("George H.W. Bush", "george-h-w-bush")]
    [InlineData("Robert C. \"Bobby\" Scott", "robert-c-bobby-scott")]
    [InlineData("José Ramírez-Ortega", "jose-ramirez-ortega")]
    [InlineData("the White House", "the-white-house")]
    [InlineData("J. Smith", "j-smith")]
    public void An_id_is_the_name_in_lowercase_words_without_accents_or_punctuation(string name, string id) =>
        Assert.Equal(id, SpeakerIds.For(name));
}
