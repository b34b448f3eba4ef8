using QuoteSearch.Core.Identity;

namespace QuoteSearch.Core.Tests.Identity;

public sealed class SpeakerIdsTests
{
    [Theory]
    [InlineData("Kirill Dmitriev", "kirill-dmitriev")]
    [InlineData("Mykola Haldenskyy", "mykola-haldenskyy")]
    [InlineData("Tobias J. Lindgren", "tobias-j-lindgren")]
    [InlineData("Anna H.W. Bishop", "anna-h-w-bishop")]
    [InlineData("Robert C. \"Bobby\" Fenwick", "robert-c-bobby-fenwick")]
    [InlineData("José Ramírez-Ortega", "jose-ramirez-ortega")]
    [InlineData("the White House", "the-white-house")]
    [InlineData("J. Smith", "j-smith")]
    public void An_id_is_the_name_in_lowercase_words_without_accents_or_punctuation(string name, string id) =>
        Assert.Equal(id, SpeakerIds.For(name));
}
