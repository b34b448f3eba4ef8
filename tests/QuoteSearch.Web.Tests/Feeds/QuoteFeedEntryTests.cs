using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Feeds;

namespace QuoteSearch.Web.Tests.Feeds;

public sealed class QuoteFeedEntryTests
{
    private static QuoteHit Hit(
        string text, string kind = "direct", string? speaker = "Tobias Lindgren", string? published = "2026-02-06") =>
        new("a1.0", text, text, kind, speaker is null ? null : "tobias-lindgren", speaker, "harbour master", "said", 0.9,
            new ArticleRef("a1", "Tides <b>rise</b>", "The Harbour Gazette", published, null), 2, 0, text.Length);

    private static readonly DateTimeOffset FeedUpdated = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("We open the pier on Monday.", "direct", "Tobias Lindgren: “We open the pier on Monday.”")]
    [InlineData("one two three four five six seven eight nine ten eleven twelve thirteen", "direct",
        "Tobias Lindgren: “one two three four five six seven eight nine ten eleven twelve …”")]
    [InlineData("the pier would open on Monday", "indirect", "Tobias Lindgren: the pier would open on Monday")]
    public void The_title_is_the_speaker_and_the_first_twelve_words_quoted_unless_reported(string text, string kind, string title) =>
        Assert.Equal(title, QuoteFeedEntry.From(Hit(text, kind), "http://h", FeedUpdated).Title.Text);

    [Fact]
    public void A_quote_without_speaker_is_by_an_unknown_speaker_and_an_undated_one_takes_the_feeds_time()
    {
        var entry = QuoteFeedEntry.From(Hit("Nothing to add.", speaker: null, published: null), "http://h", FeedUpdated);
        Assert.Equal(QuoteFeedEntry.UnknownSpeaker, entry.Authors.Single().Name);
        Assert.Null(entry.Authors.Single().Uri);
        Assert.Equal(FeedUpdated, entry.LastUpdatedTime);
        Assert.Equal(default, entry.PublishDate);
    }

    [Fact]
    public void Markup_from_the_index_is_encoded_in_the_html_content()
    {
        var entry = QuoteFeedEntry.From(Hit("<script>alert(1)</script> is what we say"), "http://h", FeedUpdated);
        var html = ((System.ServiceModel.Syndication.TextSyndicationContent)entry.Content).Text;
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("Tides &lt;b&gt;rise&lt;/b&gt;", html);
        Assert.Contains("<a href=\"http://h/article.html?id=a1&amp;quote=a1.0#p3\">source ¶3</a>", html);
        Assert.Contains("harbour master", html);
    }
}
