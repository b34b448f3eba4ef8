using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class HitHighlighterTests
{
    private static string Highlight(string query, string text)
    {
        var analyzer = QuoteAnalyzers.Create();
        return new HitHighlighter(UserQueryParser.Parse(query, analyzer).Value!, analyzer).Highlight(text);
    }

    [Theory]
    [InlineData("\"the talks\"", "the talks, the town and the talks",
        "<mark>the</mark> <mark>talks</mark>, the town and <mark>the</mark> <mark>talks</mark>")]
    [InlineData("\"talks fail\"", "talks will not fail", "talks will not fail")]
    [InlineData("talk", "Talking & talks <now>", "<mark>Talking</mark> &amp; <mark>talks</mark> &lt;now&gt;")]
    [InlineData("peace -war", "peace, not war", "<mark>peace</mark>, not war")]
    [InlineData("\"it's over\"", "It’s over, he said", "<mark>It’s</mark> <mark>over</mark>, he said")]
    public void Marks_words_and_whole_phrases_and_escapes_the_rest(string query, string text, string expected) =>
        Assert.Equal(expected, Highlight(query, text));

    [Fact]
    public void A_very_long_quote_is_marked_at_its_start_and_kept_whole()
    {
        var text = "peace " + new string('x', 200_000) + " peace";
        var html = Highlight("peace", text);
        Assert.StartsWith("<mark>peace</mark> xxx", html);
        Assert.EndsWith("x peace", html);
    }
}
