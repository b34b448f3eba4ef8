using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Tests.Reading;

public sealed class HeadingsTests
{
    [Theory]
    [InlineData("Bridge vote delayed", "Tobias Lindgren said the vote would wait.", "Bridge vote delayed")]
    [InlineData(null, "Tobias Lindgren said the vote would wait.", "Tobias Lindgren said the vote would wait.")]
    [InlineData(null, "The harbour council, meeting late on Tuesday, put off the vote on the new bridge again.",
        "The harbour council, meeting late on Tuesday, put off the vote on…")]
    [InlineData("  ", "Short words.", "Short words.")]
    public void An_untitled_article_is_called_by_its_first_words(string? title, string first, string expected) =>
        Assert.Equal(expected, Headings.Of(new Article("a0123456789abcdef", title, null, null, [first, "More text."])));
}
