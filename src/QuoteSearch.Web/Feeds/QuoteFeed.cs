using System.ServiceModel.Syndication;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Feeds;

/// <summary>
/// An Atom feed of quotes, newest first: id and self link are the feed's canonical absolute URL, title says what it
/// follows, an alternate link opens the same quotes in the UI, <c>updated</c> is the newest entry's day (now, to the
/// second, when no entry is dated), and QuoteSearch is the feed's author for a feed with no entries.
/// </summary>
public static class QuoteFeed
{
    /// <param name="subject">What the feed follows.</param>
    /// <param name="hits">The quotes, newest first.</param>
    /// <param name="site">The site's absolute base (scheme, host, path base; no trailing slash).</param>
    /// <param name="now">The time used when no quote is dated.</param>
    public static SyndicationFeed Build(FeedSubject subject, IReadOnlyList<QuoteHit> hits, string site, DateTimeOffset now)
    {
        var newest = hits.Select(QuoteFeedEntry.Published).Where(d => d is not null).Max();
        var updated = newest ?? new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var self = new Uri(site + subject.FeedPath);
        var feed = new SyndicationFeed(hits.Select(h => QuoteFeedEntry.From(h, site, updated)).ToList())
        {
            Id = self.AbsoluteUri,
            Title = new TextSyndicationContent(subject.Title),
            LastUpdatedTime = updated,
            Generator = "QuoteSearch",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "QuoteSearch" });
        feed.Links.Add(new SyndicationLink(self, "self", subject.Title, AtomFeedResult.ContentType, 0));
        feed.Links.Add(new SyndicationLink(new Uri(site + subject.PagePath), "alternate", subject.Title, "text/html", 0));
        return feed;
    }

    /// <summary>The newest quotes of <paramref name="request"/> as a feed, or the search's error message.</summary>
    public static Core.Domain.Result<SyndicationFeed> Search(
        QuoteSearcher searcher, SearchRequest request, FeedSubject subject, string site, DateTimeOffset now)
    {
        var page = searcher.Search(request with { Sort = SearchSort.Date, Cursor = null });
        return page.Success
            ? Core.Domain.Result<SyndicationFeed>.Ok(Build(subject, page.Value!.Hits, site, now))
            : Core.Domain.Result<SyndicationFeed>.Fail(page.Error!);
    }
}
