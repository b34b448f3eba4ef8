using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

public sealed class ParseCommandTests
{
    [Fact]
    public void The_seed_has_its_date_no_title_and_ten_paragraphs()
    {
        var article = Assert.Single(CliProcess.Invoke("parse", RepoPaths.Seeds).JsonLines());
        Assert.Equal("2026-02-06", article.GetProperty("published").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, article.GetProperty("title").ValueKind);
        var paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(10, paragraphs.Count);
        Assert.StartsWith("US-brokered Ukraine", paragraphs[0].GetString());
    }
}
