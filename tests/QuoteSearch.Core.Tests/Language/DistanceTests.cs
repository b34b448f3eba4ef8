using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Tests.Language;

public sealed class DistanceTests
{
    public static TheoryData<string, string, bool> Pairs => new()
    {
        { "Lindahl", "Lindahl", true },
        { "Lindahl", "LINDAHL", true },
        { "Lindahl", "Lindal", true },
        { "Lindal", "Lindahl", true },
        { "Lindahl", "Lindohl", true },
        { "Lindahl", "Lindohk", false },
        { "Lindahl", "Lindahl12", false },
        { "Müller", "MÜLER", true },
        { "Ærøskøbing", "ærøskobing", true },
        { "", "a", true },
        { "ab", "ba", false },
        { new string('k', 200) + "a", new string('K', 200) + "b", true },
        { new string('k', 200) + "ab", new string('k', 200) + "ba", false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void At_most_one_edit_ignoring_case(string a, string b, bool expected) => Assert.Equal(expected, Distance.AtMostOne(a, b));

    [Fact]
    public void Agrees_with_the_edit_distance_of_the_lowered_words()
    {
        var words = new[] { "Halloran", "Haloran", "Hallorann", "HALLORAN", "Hallaran", "Holloran", "Hallo", "Hal", "alloran" };
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                var expected = Distance.Levenshtein(a.ToLowerInvariant(), b.ToLowerInvariant()) <= 1;
                Assert.True(expected == Distance.AtMostOne(a, b), $"{a} / {b}");
            }
        }
    }
}
