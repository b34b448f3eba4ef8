using QuoteSearch.Core.Reading;
using Xunit;

namespace QuoteSearch.Core.Tests.Reading;

public sealed class TextRepairTests
{
    [Theory]
    [InlineData("Fran\u00C3\u00A7ois Marchetti said", "Fran\u00E7ois Marchetti said")] // once through Windows-1252
    [InlineData("it\u00E2\u20AC\u2122s late", "it\u2019s late")] // a curly apostrophe, Windows-1252 specials
    [InlineData("Fran\u00C3\u0083\u00C2\u00A7ois", "Fran\u00E7ois")] // twice through Latin-1 (a C1 character inside)
    [InlineData("Guant\u00C3\u00A1namo", "Guant\u00E1namo")]
    public void RestoresTextDecodedAsASingleByteEncoding(string garbled, string expected) =>
        Assert.Equal(expected, TextRepair.Repair(garbled));

    [Theory]
    [InlineData("caf\u00E9 au lait")] // a Latin-1 lead character followed by no continuation character
    [InlineData("\u00C5ngstr\u00F6m and S\u00C3O PAULO")]
    [InlineData("plain ASCII text")]
    [InlineData("\u00C3")] // a lead character at the very end
    public void LeavesCorrectTextAlone(string text) => Assert.Same(text, TextRepair.Repair(text));

    [Fact]
    public void PlainTextArticlesAreReadRepaired()
    {
        var reader = ArticleFileReader.CreateDefault();
        var bytes = System.Text.Encoding.UTF8.GetBytes("Headline\n\nFran\u00C3\u0083\u00C2\u00A7ois Marchetti said so.\n");
        var article = Assert.Single(reader.ReadBytes("upload", "a", ".txt", bytes)).Article!;
        Assert.Equal("Fran\u00E7ois Marchetti said so.", Assert.Single(article.Paragraphs));
    }
}
