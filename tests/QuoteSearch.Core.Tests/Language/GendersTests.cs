using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Language;

public sealed class GendersTests
{
    [Theory]
    [InlineData("Margaret", "Female")]
    [InlineData("mary", "Female")]
    [InlineData("Thomas", "Male")]
    [InlineData("john", "Male")]
    [InlineData("Zqxv", "Unknown")]
    [InlineData("Andrea", "Unknown")]
    [InlineData("morgan", "Unknown")]
    [InlineData("Senator", "Unknown")]
    public void Reads_the_gender_of_a_first_name_from_the_vendored_dataset(string name, string gender) =>
        Assert.Equal(Enum.Parse<Gender>(gender), Genders.FromFirstName(name));

    [Theory]
    [InlineData("Mrs.", "Female")]
    [InlineData("chairwoman", "Female")]
    [InlineData("Mr.", "Male")]
    [InlineData("spokesman", "Male")]
    [InlineData("Sen.", "Unknown")]
    public void Reads_the_gender_a_title_gives(string title, string gender) =>
        Assert.Equal(Enum.Parse<Gender>(gender), Genders.FromTitle(title));
}
