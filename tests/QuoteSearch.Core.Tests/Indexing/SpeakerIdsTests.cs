using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class SpeakerIdsTests
{
    [Theory]
    [InlineData("Kirill Dmitriev", "kirill-dmitriev")]
    [InlineData("Volodymyr Zelenskyy", "volodymyr-zelenskyy")]
    [InlineData("Donald J. Trump", "donald-trump")]
    [InlineData("Robert C. \"Bobby\" Scott", "robert-bobby-scott")]
    [InlineData("José Ramírez-Ortega", "jose-ramirez-ortega")]
    [InlineData("the White House", "the-white-house")]
    [InlineData("J. Smith", "j-smith")]
    public void An_id_is_the_name_in_lowercase_words_without_accents_or_middle_initials(string name, string id) =>
        Assert.Equal(id, SpeakerIds.For(name));
}
