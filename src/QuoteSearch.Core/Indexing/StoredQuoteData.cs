using System.Text;
using Lucene.Net.Util;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// What a quote document stores, as one small binary field: its ordinal in the article (the quote id is
/// <see cref="QuoteIds.For"/> of the article id and it), kind, speaker as written, role, cue, confidence (0–1), and
/// where it stands (0-based paragraph; start and end as character offsets in that paragraph). The quote's text,
/// paragraph and article details are read from its article's document (<see cref="IndexFields.Paragraphs"/>), which
/// stores them once: storing them with every quote was 88% of the index. About 20 bytes plus the written strings.
/// </summary>
public sealed record StoredQuoteData(
    int Ordinal, string Kind, string? Speaker, string? Role, string? Cue, double Confidence,
    int Paragraph, int Start, int End, string? SpeakerType = null)
{
    private static readonly string[] Kinds = ["direct", "partial", "indirect"];
    private static readonly string?[] SpeakerTypes = [null, "person", "organisation"];
    private const int HasSpeaker = 1 << 4, HasRole = 1 << 5, HasCue = 1 << 6;

    /// <summary>The record in <paramref name="bytes"/>, or null when they are not one (a damaged or foreign field).</summary>
    public static StoredQuoteData? Read(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var flags = reader.ReadByte();
            if ((flags & 3) >= Kinds.Length || ((flags >> 2) & 3) >= SpeakerTypes.Length) return null;
            var ordinal = reader.Read7BitEncodedInt();
            var paragraph = reader.Read7BitEncodedInt();
            var start = reader.Read7BitEncodedInt();
            var end = start + reader.Read7BitEncodedInt();
            var confidence = reader.ReadDouble();
            return new StoredQuoteData(ordinal, Kinds[flags & 3], Optional(reader, flags, HasSpeaker),
                Optional(reader, flags, HasRole), Optional(reader, flags, HasCue), confidence, paragraph, start, end,
                SpeakerTypes[(flags >> 2) & 3]);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the record into <paramref name="target"/>, reusing <paramref name="buffer"/>; an unknown kind or speaker type throws.</summary>
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
        return kind | type << 2 | (Speaker is null ? 0 : HasSpeaker) | (Role is null ? 0 : HasRole) | (Cue is null ? 0 : HasCue);
    }

    private static string? Optional(BinaryReader reader, int flags, int flag) => (flags & flag) != 0 ? reader.ReadString() : null;
}
