using System.Buffers.Binary;
using System.Text;
using Lucene.Net.Util;
using QuoteSearch.Core.Identity;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// What a quote document stores, as one small binary field: its ordinal in the article (the quote id is
/// <see cref="QuoteIds.For"/> of the article id and it), kind, speaker as written, role, cue, confidence (0–1), and
/// where it stands (0-based paragraph; start and end as character offsets in that paragraph). The quote's text,
/// paragraph and article details are read from its article's document (<see cref="IndexFields.Paragraphs"/>), which
/// stores them once: storing them with every quote was 88% of the index. About 15 bytes plus the written strings.
/// <see cref="Text"/> is null unless the quote's text is not its paragraph from <see cref="Start"/> to
/// <see cref="End"/> (extraction always makes it so; the record keeps any other text rather than show a wrong one).
/// </summary>
public sealed record StoredQuoteData(
    int Ordinal, string Kind, string? Speaker, string? Role, string? Cue, double Confidence,
    int Paragraph, int Start, int End, string? SpeakerType = null, string? Text = null)
{
    private static readonly string[] Kinds = ["direct", "partial", "indirect"];
    private static readonly string?[] SpeakerTypes = [null, "person", "organisation"];
    private const int HasSpeaker = 1 << 4, HasRole = 1 << 5, HasCue = 1 << 6, HasText = 1 << 7;

    /// <summary>
    /// The id of the written speaker, as the writer indexed it (<see cref="SpeakerIds.For"/>); null without a speaker.
    /// Derived rather than stored a second time.
    /// </summary>
    public string? SpeakerId => Speaker is null ? null : SpeakerIds.For(Speaker);

    /// <summary>The record in <paramref name="bytes"/>, or null when they are not one (a damaged or foreign field).</summary>
    public static StoredQuoteData? Read(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        if (bytes.IsEmpty) return null;
        var flags = bytes[at++];
        if ((flags & 3) >= Kinds.Length || ((flags >> 2) & 3) >= SpeakerTypes.Length) return null;
        if (!VarInt(bytes, ref at, out var ordinal) || !VarInt(bytes, ref at, out var paragraph)
            || !VarInt(bytes, ref at, out var start) || !VarInt(bytes, ref at, out var length)
            || at + sizeof(double) > bytes.Length) return null;
        var confidence = BinaryPrimitives.ReadDoubleLittleEndian(bytes[at..]);
        at += sizeof(double);
        if (!ReadText(bytes, ref at, flags, HasSpeaker, out var speaker) || !ReadText(bytes, ref at, flags, HasRole, out var role)
            || !ReadText(bytes, ref at, flags, HasCue, out var cue) || !ReadText(bytes, ref at, flags, HasText, out var text))
        {
            return null;
        }
        return new StoredQuoteData(ordinal, Kinds[flags & 3], speaker, role, cue, confidence, paragraph, start, start + length,
            SpeakerTypes[(flags >> 2) & 3], text);
    }

    /// <summary>
    /// Writes the record into <paramref name="target"/>, reusing <paramref name="buffer"/>; an unknown kind or speaker
    /// type throws.
    /// </summary>
    internal void WriteTo(MemoryStream buffer, BytesRef target)
    {
        buffer.SetLength(0);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)Flags());
            writer.Write7BitEncodedInt(Ordinal);
            writer.Write7BitEncodedInt(Paragraph);
            writer.Write7BitEncodedInt(Start);
            writer.Write7BitEncodedInt(End - Start);
            writer.Write(Confidence);
            if (Speaker is not null) writer.Write(Speaker);
            if (Role is not null) writer.Write(Role);
            if (Cue is not null) writer.Write(Cue);
            if (Text is not null) writer.Write(Text);
        }
        target.Bytes = buffer.GetBuffer();
        target.Offset = 0;
        target.Length = (int)buffer.Length;
    }

    private int Flags()
    {
        var kind = Array.IndexOf(Kinds, Kind);
        var type = Array.IndexOf(SpeakerTypes, SpeakerType);
        if (kind < 0 || type < 0) throw new ArgumentException($"no stored form for kind {Kind} and speaker type {SpeakerType}");
        return kind | type << 2 | (Speaker is null ? 0 : HasSpeaker) | (Role is null ? 0 : HasRole) | (Cue is null ? 0 : HasCue)
            | (Text is null ? 0 : HasText);
    }

    /// <summary>A 7-bit encoded int as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
    private static bool VarInt(ReadOnlySpan<byte> bytes, ref int at, out int value)
    {
        value = 0;
        for (var shift = 0; shift < 35 && at < bytes.Length; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return true;
        }
        return false;
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it (byte length, UTF-8), when the flag says so.</summary>
    private static bool ReadText(ReadOnlySpan<byte> bytes, ref int at, int flags, int flag, out string? value)
    {
        value = null;
        if ((flags & flag) == 0) return true;
        if (!VarInt(bytes, ref at, out var length) || length < 0 || length > bytes.Length - at) return false;
        value = Encoding.UTF8.GetString(bytes.Slice(at, length));
        at += length;
        return true;
    }
}
