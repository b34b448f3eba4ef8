using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Tests.Language;

public sealed class GivenNameWordsTests
{
    [Theory]
    [InlineData("Margaret", true)]   // a first name of the name data
    [InlineData("Bill", true)]       // a common word, but a first name first
    [InlineData("Zqxvanna", true)]   // unknown to both lists: may be a name
    [InlineData("Team", false)]      // a common word that is no first name
    [InlineData("whatever", false)]
    [InlineData("Actor", false)]
    public void Tells_a_possible_given_name_from_a_common_word(string word, bool likely) =>
        Assert.Equal(likely, GivenNameWords.IsLikely(word));

    [Theory]
    [InlineData("Cmdr. Ivor Lindqvist", "Ivor Lindqvist")]
    [InlineData("ESA Administrator Margaret Ostrowe", "Margaret Ostrowe")]
    [InlineData("Singer-guitarist Thomas Vale", "Thomas Vale")]
    [InlineData("Actor Clint Vale", "Clint Vale")]
    [InlineData("Christina N Luis Varndell", "Christina N Luis Varndell")] // a given name, also a common word, before an initial
    [InlineData("Counsel W. Ivor Lindqvist", "W. Ivor Lindqvist")]      // a role before an initial stays a role
    [InlineData("Brightwater Ferry Ivor Lindqvist", "Ivor Lindqvist")]        // the role ends at its last common word
    [InlineData("Ivor Lindqvist", "Ivor Lindqvist")]          // a name already
    [InlineData("Harbour Gazette", "Harbour Gazette")]        // no first name follows: left alone
    [InlineData("South Jordan Valley", "South Jordan Valley")] // a first name that is a place is no first name
    public void Finds_where_the_name_starts_in_a_capitalised_run(string run, string name)
    {
        var words = run.Split(' ');
        Assert.Equal(name, string.Join(' ', words[GivenNameWords.NameStart(i => words[i], 0, words.Length - 1)..]));
    }
}
