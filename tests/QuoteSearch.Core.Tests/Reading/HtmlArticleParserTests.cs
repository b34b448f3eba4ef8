using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Tests.Reading;

public sealed class HtmlArticleParserTests
{
    private const string Page = """
        <!doctype html><html><head>
          <title>Talks resume in Geneva | The Harbour Gazette</title>
          <meta property="og:site_name" content="The Harbour Gazette">
          <meta property="og:title" content="Talks resume in Geneva">
          <meta name="author" content="Liv Aronsson">
          <link rel="canonical" href="https://planet.example/2026/02/06/talks-resume">
          <script type="application/ld+json">
        """
        + """{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2026-02-06T08:00:00Z"}</script>"""
        + "\n"
        + """
        </head><body>
          <div class="cookie-banner">We use cookies. <button>Accept</button></div>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <header class="masthead"><h1>Talks resume in Geneva</h1><p class="byline">By Liv Aronsson</p></header>
          <article>
            <div class="share-tools"><a href="#">Share on X</a></div>
            <p>Negotiators met again on Thursday, and <b>both</b> sides said the <a href="/x">talks</a> were useful.</p>
            <figure><img src="a.jpg"><figcaption>Photo: Kai Brenna / Gazette</figcaption></figure>
            <p>“We are moving forward,” said envoy Arne Holloway. “Nobody wants this war to go on.”</p>
            <h2>What comes next</h2>
            <ul><li>A second round in March</li><li>Prisoner exchanges</li></ul>
            <blockquote>Peace is a process, not an event.</blockquote>
            <p>Line one of a poem<br>Line two of a poem</p>
            <p>Caf&eacute; owners &amp; diplomats alike welcomed the news&nbsp;today.</p>
            <div class="newsletter-signup"><p>Sign up for our newsletter to get the news in your inbox every morning.</p></div>
            <div class="related-articles"><h3>Related</h3><a href="/1">Earlier talks collapsed after three days of bitter dispute</a></div>
          </article>
          <section id="comments"><p>First! This comment is long enough to look like a paragraph of text.</p></section>
          <footer><p>© 2026 The Harbour Gazette. All rights reserved.</p></footer>
        </body></html>
        """;

    private static Article Parse(string html, string? url = null) =>
        new HtmlArticleParser().Parse(new ArticleInput("page.html", "page", html, InputFormat.Html) { Url = url }).Value!;

    [Fact]
    public void Keeps_the_article_body_in_reading_order_and_leaves_out_page_furniture()
    {
        var article = Parse(Page);
        Assert.Equal(
        [
            "Negotiators met again on Thursday, and both sides said the talks were useful.",
            "“We are moving forward,” said envoy Arne Holloway. “Nobody wants this war to go on.”",
            "What comes next",
            "A second round in March",
            "Prisoner exchanges",
            "Peace is a process, not an event.",
            "Line one of a poem",
            "Line two of a poem",
            "Café owners & diplomats alike welcomed the news today.",
        ], article.Paragraphs);
    }

    [Fact]
    public void Reads_the_metadata_from_the_most_reliable_place()
    {
        var article = Parse(Page);
        Assert.Equal("Talks resume in Geneva", article.Title);
        Assert.Equal(new DateOnly(2026, 2, 6), article.Published);
        Assert.Equal("https://planet.example/2026/02/06/talks-resume", article.Url);
        Assert.Equal("The Harbour Gazette", article.Site);
        Assert.Equal("Liv Aronsson", article.Author);
    }

    [Theory]
    [InlineData(
        "<html><head><title>Headline here - Site</title></head><body><p>Enough body text to count as a paragraph here.</p></body></html>",
        "Headline here")]
    [InlineData("<html><body><h1>Only a heading</h1><p>Enough body text to count as a paragraph here.</p></body></html>", "Only a heading")]
    public void Falls_back_to_the_title_tag_then_the_first_heading(string html, string title) =>
        Assert.Equal(title, Parse(html).Title);

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-12-31T23:00:00Z\">", null, "2025-12-31")]
    [InlineData("<time datetime=\"2024-05-01\">May 1</time>", null, "2024-05-01")]
    [InlineData("", "https://news.example/2023/07/04/story", "2023-07-04")]
    public void Finds_the_date_in_meta_time_or_url(string head, string? url, string expected)
    {
        var html = $"<html><head>{head}</head><body>{(head.StartsWith("<time") ? head : "")}"
            + "<p>Enough body text to count as a paragraph here.</p></body></html>";
        Assert.Equal(DateOnly.Parse(expected), Parse(html.Replace("<head><time", "<head><x"), url).Published);
    }

    [Fact]
    public void The_quotes_a_reader_sees_on_the_page_are_the_ones_extracted()
    {
        var quotes = ExtractionPipeline.Default.Extract(Parse(Page)).Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        Assert.Equal(["We are moving forward,", "Nobody wants this war to go on."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Arne Holloway", q.Speaker));
    }

    [Fact]
    public void A_page_whose_class_names_hide_the_story_is_read_on_a_second_pass()
    {
        var html = "<html><body><div class=\"widget Blog\"><div>"
            + string.Join("<br><br>", Enumerable.Repeat("The keeper flew in yesterday evening and will sign a seven-year deal today.", 6))
            + "</div></div></body></html>";
        Assert.Equal(6, Parse(html).Paragraphs.Count);
    }

    [Fact]
    public void Ten_thousand_nested_tags_get_a_clear_error_not_a_crash()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 10_000));
        var result = new HtmlArticleParser().Parse(new ArticleInput("deep.html", "deep", html, InputFormat.Html));
        Assert.False(result.Success);
        Assert.Contains("deep.html", result.Error);
        Assert.Contains("nested deeper", result.Error);
    }

    [Fact]
    public void Truncated_html_still_gives_the_text_that_is_there()
    {
        var article = Parse(
            "<html><body><article><p>The first paragraph arrived whole and complete.</p><p>The second one was cut off in the mid");
        Assert.Equal("The first paragraph arrived whole and complete.", article.Paragraphs[0]);
        Assert.StartsWith("The second one", article.Paragraphs[1]);
    }

    private const string Story = """
        <p>The council voted on Tuesday to close the bridge for repairs, after engineers found cracks in two of its piers.</p>
        <p>Traffic will be diverted through the old town, and a ferry will run every twenty minutes until the work is done.</p>
        <p>“Safety comes first, whatever the cost of the delays,” said the mayor, who expects the work to take a year.</p>
        """;

    private static IReadOnlyList<string> BodyWith(string extra) =>
        Parse($"<html><body><div class=\"story\">{Story}{extra}"
            + "<p>Residents will be able to comment on the plans until the end of the month.</p></div></body></html>").Paragraphs;

    [Theory]
    [InlineData("<p><i>Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter.</i></p>", "Have a tip?")]
    [InlineData("<p>Our best stories, straight to your inbox. Subscribe to our newsletters.</p>", "Subscribe")]
    [InlineData("<p>Advert</p>", "Advert")]
    public void Promo_lines_inside_the_story_are_left_out(string extra, string dropped)
    {
        var paragraphs = BodyWith(extra);
        Assert.DoesNotContain(paragraphs, p => p.Contains(dropped, StringComparison.Ordinal));
        Assert.Equal(4, paragraphs.Count);
    }

    [Fact]
    public void A_long_call_to_action_box_is_left_out_though_it_reads_like_prose()
    {
        var letter = string.Concat(Enumerable.Repeat(
            "<p>We report for you daily and charge you nothing, though the reporting itself is costly, "
            + "and it only goes on with help from readers like you.</p>",
            15));
        var paragraphs = BodyWith($"<div class=\"zone-widget custom-cta-letter\"><h5>A Word to Our Readers</h5>{letter}</div>");
        Assert.DoesNotContain(paragraphs, p =>
            p.Contains("charge you nothing", StringComparison.Ordinal) || p.Contains("A Word", StringComparison.Ordinal));
        Assert.Equal(4, paragraphs.Count);
    }

    [Fact]
    public void An_embedded_tweet_is_kept_though_its_wrapper_says_social()
    {
        var paragraphs = BodyWith(
            "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">"
            + "<p>The bridge is closed and nobody told us about it in time.</p>— Ann Lee (@annlee)</blockquote></div>");
        Assert.Contains(paragraphs, p => p.Contains("nobody told us", StringComparison.Ordinal));
    }

    [Fact]
    public void A_read_more_button_does_not_end_the_story()
    {
        var paragraphs = BodyWith("<p><a href=\"/more\">Read More</a></p>");
        Assert.Equal(4, paragraphs.Count);
        Assert.StartsWith("Residents will be able", paragraphs[^1]);
    }
}
