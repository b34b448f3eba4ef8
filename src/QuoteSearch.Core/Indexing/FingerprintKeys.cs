using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// The indexed form of a quote fingerprint: its 64-bit XxHash3 as 16 hex digits. Indexing the whole normalised
/// text gave every quote a long unique term, and sorting and encoding those terms at each segment flush took
/// about a quarter of ingest time. Readers compare the stored fingerprint, so a hash collision cannot merge groups.
/// </summary>
public static class FingerprintKeys
{
    public static ulong Of(string fingerprint) => XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(fingerprint));

    public static string Term(string fingerprint) => Of(fingerprint).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The hash back from an indexed term; false for a term this class did not write.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Term, out ulong key) =>
        ulong.TryParse(utf8Term, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out key) && utf8Term.Length == 16;
}
