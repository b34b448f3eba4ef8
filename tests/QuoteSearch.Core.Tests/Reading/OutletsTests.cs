using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Tests.Reading;

public sealed class OutletsTests
{
    [Theory]
    [InlineData("Hosted", "https://hosted.wire.example/harbourgazette/article/1/slug", null)]
    [InlineData("harbourgazette", "https://hosted.wire.example/harbourgazette/article/1/slug", null)]
    [InlineData("News", "https://www.gazette.example/news/2019/story", null)]
    [InlineData("The Harbour Gazette", "https://hosted.wire.example/harbourgazette/article/1/slug", "The Harbour Gazette")]
    [InlineData("Gazette", "https://www.gazette.example/news/story", "Gazette")]
    [InlineData("The Harbour Gazette", null, "The Harbour Gazette")]
    [InlineData("  ", "https://gazette.example/", null)]
    public void A_stated_name_is_kept_unless_it_is_a_word_of_the_address(string stated, string? url, string? expected) =>
        Assert.Equal(expected, Outlets.Named(stated, url));

    [Theory]
    [InlineData("https://www.gazette.example/a", "gazette.example")]
    [InlineData("https://hosted.wire.example/x/y", "wire.example")]
    [InlineData("https://news.harbour.co.uk/x", "harbour.co.uk")]
    [InlineData("https://gazette.example", "gazette.example")]
    [InlineData("http://127.0.0.1:5000/x", "127.0.0.1")]
    [InlineData("not a url", null)]
    public void The_host_is_read_as_the_outlet_s_own_domain(string url, string? expected) =>
        Assert.Equal(expected, Outlets.FromHost(url));

    [Theory]
    [InlineData("Hosted", """{"headline":"Vote","publisher":{"name":"The Harbour Gazette"}}""", "The Harbour Gazette")]
    [InlineData("Hosted", """{"@graph":[{"headline":"V","publisher":{"@id":"#o"}},{"@id":"#o","name":"Harbour Wire"}]}""", "Harbour Wire")]
    [InlineData("The Harbour Gazette", """{"headline":"Vote","publisher":"Harbour Wire"}""", "The Harbour Gazette")]
    [InlineData("Hosted", """{"headline":"Vote"}""", null)]
    public void A_page_s_outlet_is_its_publisher_never_a_word_of_its_address(string siteName, string jsonLd, string? expected)
    {
        var html = $"""
            <html><head><meta property="og:site_name" content="{siteName}"><script type="application/ld+json">{jsonLd}</script>
            <link rel="canonical" href="https://hosted.wire.example/harbourgazette/article/1/vote"></head>
            <body><article><p>The council voted on the bridge on Tuesday after a long debate in the hall.</p></article></body></html>
            """;
        var article = new HtmlArticleParser().Parse(new ArticleInput("page.html", "page", html, InputFormat.Html)).Value!;
        Assert.Equal(expected, article.Site);
    }
}
