using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;

namespace QuoteSearch.Web.Feeds;

/// <summary>
/// What a feed follows: a title that says so, the feed's own path (canonical: a speaker by id, the filters in one
/// order, so one search has one feed id) and the UI page that shows the same quotes. Paths are site-relative.
/// </summary>
public sealed record FeedSubject(string Title, string FeedPath, string PagePath)
{
    /// <summary>A search; <paramref name="speakerName"/> is the name of the speaker its filter resolved to, if any.</summary>
    public static FeedSubject Search(SearchRequest request, string? speakerName)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("q", request.Query), new("speaker", request.Speaker), new("from", Day(request.From)), new("to", Day(request.To)),
            new("outlet", request.Outlet), new("kind", request.Kind?.ToString().ToLowerInvariant()),
        };
        var given = filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        var feed = QueryHelpers.AddQueryString("/feeds/quotes", given);
        // The search page has no outlet or kind filter (yet): it shows the words, speaker and dates, newest first.
        var shown = given.Where(f => f.Key is "q" or "speaker" or "from" or "to").Append(new("sort", "date"));
        var page = QueryHelpers.AddQueryString("/", shown);
        return new FeedSubject("QuoteSearch: " + Describe(request, speakerName), feed, page);
    }

    /// <summary>Everything one speaker said.</summary>
    public static FeedSubject Speaker(SpeakerSummary speaker) => new(
        $"QuoteSearch: new quotes by {speaker.Name}", $"/feeds/speakers/{Uri.EscapeDataString(speaker.Id)}", Links.Speaker(speaker.Id));

    // "new quotes matching “pier” by Harriet Ostrander in The Harbour Gazette, direct, from 2026-01-01 to 2026-03-31"
    private static string Describe(SearchRequest request, string? speakerName)
    {
        var words = string.IsNullOrWhiteSpace(request.Query) ? "new quotes" : $"new quotes matching “{request.Query.Trim()}”";
        var parts = new List<string> { words };
        if (speakerName is not null) parts.Add($"by {speakerName}");
        if (!string.IsNullOrWhiteSpace(request.Outlet)) parts.Add($"in {request.Outlet}");
        var also = new List<string>();
        if (request.Kind is { } kind) also.Add(kind.ToString().ToLowerInvariant());
        if (request.From is not null) also.Add($"from {Day(request.From)}");
        if (request.To is not null) also.Add($"to {Day(request.To)}");
        return also.Count == 0 ? string.Join(' ', parts) : $"{string.Join(' ', parts)}, {string.Join(' ', also)}";
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
