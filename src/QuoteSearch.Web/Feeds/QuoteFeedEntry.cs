using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;

namespace QuoteSearch.Web.Feeds;

/// <summary>
/// One quote as an Atom entry: id <c>urn:quotesearch:quote:{quote id}</c> (quote ids are URN-safe and do not depend on
/// the host), title "speaker: first words", HTML content (quote, speaker, role, outlet, date, source link), an
/// alternate link to the source paragraph, <c>updated</c> (and <c>published</c>) from the article's day at 00:00 UTC.
/// </summary>
public static class QuoteFeedEntry
{
    public const string UnknownSpeaker = "unknown speaker";
    private const int TitleWords = 12;

    /// <summary>The day an article was published, as an Atom date (00:00 UTC); null when the article has none.</summary>
    public static DateTimeOffset? Published(QuoteHit hit) =>
        DateOnly.TryParseExact(hit.Article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;

    /// <param name="hit">The quote.</param>
    /// <param name="site">The site's absolute base (scheme, host, path base; no trailing slash).</param>
    /// <param name="undated">The <c>updated</c> of an entry whose article has no date: the feed's own.</param>
    public static SyndicationItem From(QuoteHit hit, string site, DateTimeOffset undated)
    {
        var speaker = hit.Speaker ?? hit.SpeakerId ?? UnknownSpeaker;
        var source = new Uri(site + Links.Quote(hit.Article.Id, hit.Id, hit.Paragraph));
        var published = Published(hit);
        var item = new SyndicationItem
        {
            Id = $"urn:quotesearch:quote:{hit.Id}",
            Title = new TextSyndicationContent($"{speaker}: {FirstWords(hit)}"),
            Content = new TextSyndicationContent(Html(hit, speaker, source), TextSyndicationContentKind.Html),
            LastUpdatedTime = published ?? undated,
        };
        if (published is not null) item.PublishDate = published.Value;
        var author = new SyndicationPerson { Name = speaker };
        if (hit.SpeakerId is not null) author.Uri = site + Links.Speaker(hit.SpeakerId);
        item.Authors.Add(author);
        item.Links.Add(new SyndicationLink(source, "alternate", hit.Article.Title ?? hit.Article.Id, "text/html", 0));
        item.Categories.Add(new SyndicationCategory(hit.Kind));
        return item;
    }

    // Reported statements are not verbatim: no quote marks around them.
    private static string Quoted(QuoteHit hit, string text) => hit.Kind == "indirect" ? text : $"“{text}”";

    private static string FirstWords(QuoteHit hit)
    {
        var words = hit.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = string.Join(' ', words.Take(TitleWords));
        return Quoted(hit, words.Length > TitleWords ? first + " …" : first);
    }

    // Every value from the index is HTML-encoded: a feed reader renders this content as HTML.
    private static string Html(QuoteHit hit, string speaker, Uri source)
    {
        var who = string.IsNullOrWhiteSpace(hit.Role) ? speaker : $"{speaker}, {hit.Role}";
        var where = string.Join(", ", new[] { hit.Article.Outlet, hit.Article.Published ?? "undated" }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        var title = hit.Article.Title ?? hit.Article.Id;
        return $"<blockquote><p>{Encode(Quoted(hit, hit.Text))}</p></blockquote>"
            + $"<p>— {Encode(who)} ({Encode(hit.Kind)})</p>"
            + $"<p><cite>{Encode(title)}</cite>, {Encode(where)} · "
            + $"<a href=\"{Encode(source.AbsoluteUri)}\">source ¶{Links.ParagraphNumber(hit.Paragraph)}</a></p>";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
