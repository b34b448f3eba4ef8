using System.Globalization;
using System.Text.RegularExpressions;

namespace QuoteSearch.Core.Reading;

/// <summary>
/// Lenient date reading for metadata: ISO dates and date-times, dates in URL paths (<c>/2019/11/19/</c>) and in
/// file names (<c>outlet_2016-10-07_slug.txt</c>). Every reader returns only plausible publication dates (see
/// <see cref="Plausible"/>), so a placeholder in one source lets the caller fall back to the next.
/// </summary>
internal static partial class Dates
{
    /// <summary>No news article in scope is older; earlier dates are placeholders or typos.</summary>
    public static readonly DateOnly Earliest = new(1800, 1, 1);

    /// <summary>Values content systems write when they have no date (the zero and epoch dates of common platforms).</summary>
    private static readonly HashSet<DateOnly> Placeholders = [new(1900, 1, 1), new(1970, 1, 1)];

    /// <summary>
    /// The date when it can be a publication date: from 1800-01-01 to tomorrow (UTC, so an article from a later
    /// time zone is kept), and not a placeholder; otherwise null.
    /// </summary>
    public static DateOnly? Plausible(DateOnly? date)
    {
        if (date is not { } d) return null;
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        return d >= Earliest && d <= tomorrow && !Placeholders.Contains(d) ? d : null;
    }

    public static DateOnly? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var match = IsoDate().Match(value);
        if (match.Success) return Plausible(Exact(match.Value));
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? Plausible(DateOnly.FromDateTime(parsed.Date))
            : null;
    }

    /// <summary>A date in a URL path: <c>/2019/11/19/</c> or <c>/2019-11-19-</c>.</summary>
    public static DateOnly? FromUrl(string? url) => Groups(url is null ? null : UrlDate().Match(url));

    /// <summary>A date in a file name or id: <c>2016-10-07</c> or <c>2016_10_07</c> between other characters than digits.</summary>
    public static DateOnly? FromFileName(string? name) => Groups(name is null ? null : NameDate().Match(name));

    private static DateOnly? Groups(Match? match) =>
        match is { Success: true }
            ? Plausible(Exact($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}"))
            : null;

    private static DateOnly? Exact(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/(?<y>(?:18|19|20)\d{2})[/-](?<m>\d{2})[/-](?<d>\d{2})(?:/|-|$)", RegexOptions.NonBacktracking)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:18|19|20)\d{2})(?<sep>[-_])(?<m>\d{2})\k<sep>(?<d>\d{2})(?![0-9])", RegexOptions.None)]
    private static partial Regex NameDate();
}
