using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Tests.Reading;

public sealed class PlainTextArticleParserTests
{
    private static (string? Title, string First) Parse(string text)
    {
        var article = new PlainTextArticleParser().Parse(new ArticleInput("test.txt", "test", text, InputFormat.PlainText)).Value!;
        return (article.Title, article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("\"We open on Friday,\" said Lea Brun.\n\nThe shelves came.", null, "\"We open on Friday,\" said Lea Brun.")]
    [InlineData("date 2025-01-02 “We open today,” Lea Brun said.\n\nThe shelves came.", null, "“We open today,” Lea Brun said.")]
    [InlineData("Library Opens Friday\n\nThe shelves came.", "Library Opens Friday", "The shelves came.")]
    [InlineData("Librarian Vows \"No More Waiting.\"\n\nThe shelves came.", "Librarian Vows \"No More Waiting.\"", "The shelves came.")]
    public void A_first_line_carrying_an_attributed_quote_is_a_paragraph_not_a_title(string text, string? title, string first) =>
        Assert.Equal((title, first), Parse(text));
}
