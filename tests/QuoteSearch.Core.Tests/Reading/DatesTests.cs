using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Tests.Reading;

public sealed class DatesTests
{
    [Theory]
    [InlineData("2016-10-07", "2016-10-07")]
    [InlineData("1800-01-01", "1800-01-01")]
    [InlineData("0001-01-01", null)]
    [InlineData("1799-12-31", null)]
    [InlineData("1970-01-01", null)]
    [InlineData("1900-01-01", null)]
    [InlineData("2999-01-01", null)]
    public void Only_a_date_that_can_be_a_publication_date_is_kept(string date, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), Dates.Plausible(DateOnly.Parse(date)));

    [Fact]
    public void Tomorrow_is_kept_for_articles_from_later_time_zones() =>
        Assert.NotNull(Dates.Plausible(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)));

    [Theory]
    [InlineData("harbourgazette_2016-10-07_bridge-vote-slug", "2016-10-07")]
    [InlineData("2019_11_19-council", "2019-11-19")]
    [InlineData("a3f2016-10-07", "2016-10-07")]
    [InlineData("report-12016-10-07", null)]
    [InlineData("2016-10_07", null)]
    [InlineData("a9f3c20161007ab", null)]
    [InlineData("notes_0001-01-01", null)]
    public void A_file_name_gives_a_date_with_separators(string name, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), Dates.FromFileName(name));

    [Theory]
    [InlineData("https://news.example/2019/11/19/council-votes/", "2019-11-19")]
    [InlineData("https://news.example/story/2019-11-19-council", "2019-11-19")]
    [InlineData("https://news.example/2019/13/19/x", null)]
    [InlineData("https://news.example/story/12345", null)]
    public void A_url_path_gives_a_date(string url, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), Dates.FromUrl(url));

    [Theory]
    [InlineData("text only", "harbourgazette_2016-10-07_bridge", null, "2016-10-07")]
    [InlineData("date 0001-01-01 text", "harbourgazette_2016-10-07_bridge", null, "2016-10-07")]
    [InlineData("date 2021-03-04 text", "harbourgazette_2016-10-07_bridge", null, "2021-03-04")]
    [InlineData("text only", "story", "https://news.example/2019/11/19/x", "2019-11-19")]
    [InlineData("date 2999-01-01 text", "story", "https://news.example/2019/11/19/x", "2019-11-19")]
    [InlineData("text only", "story", null, null)]
    public void Plain_text_takes_its_header_then_its_address_then_its_file_name(string text, string id, string? url, string? expected)
    {
        var input = new ArticleInput("test.txt", id, text + "\n\nA second paragraph of the story.", InputFormat.PlainText) { Url = url };
        var article = new PlainTextArticleParser().Parse(input).Value!;
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), article.Published);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"headline":"Vote","datePublished":"0001-01-01T00:00:00Z"}</script>""")]
    [InlineData("""<meta property="article:published_time" content="1970-01-01T00:00:00Z">""")]
    [InlineData("""<meta property="article:published_time" content="2999-05-01">""")]
    public void A_placeholder_in_the_page_gives_way_to_the_date_in_its_url(string head)
    {
        var html = $"""
            <html><head>{head}<link rel="canonical" href="https://news.example/2019/11/19/council-votes/"></head>
            <body><article><p>The council voted on the bridge on Tuesday after a long debate in the hall.</p></article></body></html>
            """;
        var article = new HtmlArticleParser().Parse(new ArticleInput("page.html", "page", html, InputFormat.Html)).Value!;
        Assert.Equal(new DateOnly(2019, 11, 19), article.Published);
    }

    [Fact]
    public void A_page_without_any_date_takes_the_one_in_its_file_name()
    {
        const string html =
            "<html><body><article><p>The council voted on the bridge on Tuesday after a long debate.</p></article></body></html>";
        var article = new HtmlArticleParser().Parse(new ArticleInput("p.html", "gazette_2018-04-05_vote", html, InputFormat.Html)).Value!;
        Assert.Equal(new DateOnly(2018, 4, 5), article.Published);
    }
}
