using System.Text;
using System.Text.RegularExpressions;

namespace QuoteSearch.Core.Reading;

/// <summary>
/// Bytes to text: a byte-order mark wins, then an HTML charset declaration, then strict UTF-8,
/// and Windows-1252 as the fallback so legacy pages never come out as mojibake.
/// </summary>
internal static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public sealed record Decoded(string Text, string? Warning);

    public static Decoded Decode(ReadOnlySpan<byte> bytes, bool sniffHtmlCharset)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8)) return new(Encoding.UTF8.GetString(bytes[3..]), null);
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE })) return new(Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF })) return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), null);

        var declared = sniffHtmlCharset ? DeclaredEncoding(bytes) : null;
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return new(declared.GetString(bytes), null);
        }

        try
        {
            return new(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var warning = declared is null
                ? "not valid UTF-8; read as Windows-1252"
                : "declares UTF-8 but is not valid UTF-8; read as Windows-1252";
            return new(Encoding.GetEncoding(1252).GetString(bytes), warning);
        }
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 8192)]);
        var match = CharsetPattern().Match(head);
        if (!match.Success) return null;
        try
        {
            var name = match.Groups[1].Value.Trim();
            // Browsers read pages labelled Latin-1 as Windows-1252; do the same.
            return name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)
                   || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
                ? Encoding.GetEncoding(1252)
                : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(
        """<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CharsetPattern();
}
