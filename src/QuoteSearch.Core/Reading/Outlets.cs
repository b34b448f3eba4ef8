using System.Text;

namespace QuoteSearch.Core.Reading;

/// <summary>
/// The outlet an article is shown under: the publisher's own name when the page gives one that is a name, else
/// a readable form of the host (<c>https://news.example.co.uk/x</c> → <c>example.co.uk</c>).
/// </summary>
public static class Outlets
{
    /// <summary>Second-level labels under a country code that are not the outlet's own (<c>co.uk</c>, <c>com.au</c>).</summary>
    private static readonly HashSet<string> GenericSecondLevel =
        new(StringComparer.Ordinal) { "co", "com", "org", "net", "gov", "ac", "edu", "ne", "or" };

    /// <summary>
    /// The stated name unless it is only a word of the page's address ("Hosted" on <c>hosted.example.org</c>, a
    /// section from the path): content systems fill the site name with such words when the publisher set none.
    /// The domain's own name ("Example" on <c>example.org</c>) is the publisher's and is kept.
    /// </summary>
    public static string? Named(string? stated, string? url)
    {
        if (string.IsNullOrWhiteSpace(stated)) return null;
        var folded = Fold(stated);
        if (folded.Length == 0) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return stated.Trim();
        var own = Fold(FromHost(url)?.Split('.')[0] ?? "");
        var addressWords = uri.Host.Split('.').Concat(uri.AbsolutePath.Split('/')).Select(Fold).Where(w => w != own);
        return addressWords.Contains(folded, StringComparer.Ordinal) ? null : stated.Trim();
    }

    /// <summary>The registrable part of the URL's host (no <c>www.</c>, no sub-domains), or null without an absolute URL.</summary>
    public static string? FromHost(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        if (uri.HostNameType != UriHostNameType.Dns) return uri.Host;
        var labels = uri.Host.Split('.');
        if (labels.Length <= 2) return uri.Host;
        var keep = labels[^1].Length == 2 && GenericSecondLevel.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    /// <summary>Letters and digits only, lower case: "Harbour Gazette" and "harbour-gazette" fold alike.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Uri.UnescapeDataString(text))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
