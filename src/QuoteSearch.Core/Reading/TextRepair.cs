using System.Text;

namespace QuoteSearch.Core.Reading;

/// <summary>
/// Text as it was written, with mojibake undone: UTF-8 text that was once (or twice) decoded as Windows-1252 or Latin-1
/// before it reached us. "FranÃ§ois" is "François", "itâ€™s" is "it’s". Pages and feeds that passed through such a
/// step carry it in names, and a garbled given name cannot be read as one. Only a complete multi-byte UTF-8 sequence
/// spelled in those characters is replaced (a lead character Â–ô followed by the continuation characters its length
/// needs), so accented Latin-1 text ("café", "Ångström") stays as it is. At most three layers are undone. Mojibake
/// saved decomposed (NFD: "A" and a combining tilde for "Ã") is left: this process runs without ICU (invariant
/// globalization), which cannot compose.
/// </summary>
internal static class TextRepair
{
    private const int MaxLayers = 3;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Dictionary<char, byte> ByteOf = SingleByteSpellings();

    /// <summary>The text with every mis-decoded UTF-8 sequence restored; the same instance when there is none.</summary>
    public static string Repair(string text)
    {
        for (var layer = 0; layer < MaxLayers && MayHoldMojibake(text); layer++)
        {
            var repaired = RepairOnce(text);
            if (ReferenceEquals(repaired, text)) break;
            text = repaired;
        }
        return text;
    }

    // Every mis-decoded sequence starts with one of Â..ô (the lead bytes C2..F4 read as Latin-1).
    private static bool MayHoldMojibake(string text) => text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') >= 0;

    private static string RepairOnce(string text)
    {
        StringBuilder? builder = null;
        var copied = 0;
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var length = SequenceLength(text[i]);
            if (length == 0 || i + length > text.Length || !TrySpell(text.AsSpan(i, length), bytes)) continue;
            string decoded;
            try
            {
                decoded = StrictUtf8.GetString(bytes[..length]);
            }
            catch (DecoderFallbackException)
            {
                continue;
            }
            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, i - copied).Append(decoded);
            i += length - 1;
            copied = i + 1;
        }
        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>How many bytes a UTF-8 sequence led by this character's byte has; 0 when it leads none.</summary>
    private static int SequenceLength(char lead) => lead switch
    {
        >= '\u00C2' and <= '\u00DF' => 2,
        >= '\u00E0' and <= '\u00EF' => 3,
        >= '\u00F0' and <= '\u00F4' => 4,
        _ => 0,
    };

    /// <summary>The bytes the characters were decoded from, when every character after the lead is a continuation byte.</summary>
    private static bool TrySpell(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        bytes[0] = (byte)chars[0];
        for (var k = 1; k < chars.Length; k++)
        {
            if (!ByteOf.TryGetValue(chars[k], out var b) || b is < 0x80 or > 0xBF) return false;
            bytes[k] = b;
        }
        return true;
    }

    /// <summary>
    /// Byte 80..FF of each character as Windows-1252 decodes it (€ is 80, ™ is 99) and as Latin-1 does (U+0080..U+00FF
    /// are themselves), since both decoders leave mojibake behind.
    /// </summary>
    private static Dictionary<char, byte> SingleByteSpellings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            map[(char)b] = (byte)b;
            var c = windows1252.GetString([(byte)b]);
            if (c.Length == 1 && c[0] != '\uFFFD') map[c[0]] = (byte)b;
        }
        return map;
    }
}
