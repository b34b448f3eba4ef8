using System.Globalization;
using System.Text.RegularExpressions;

namespace QuoteSearch.Core.Reading;

/// <summary>Lenient date reading for metadata: ISO dates and date-times, and dates embedded in URLs.</summary>
internal static partial class Dates
{
    public static DateOnly? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var match = IsoDate().Match(value);
        if (match.Success && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed.Date)
            : null;
    }

    public static DateOnly? FromUrl(string? url)
    {
        if (url is null) return null;
        var match = UrlDate().Match(url);
        if (!match.Success) return null;
        var text = $"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:/|-|$)", RegexOptions.NonBacktracking)]
    private static partial Regex UrlDate();
}
