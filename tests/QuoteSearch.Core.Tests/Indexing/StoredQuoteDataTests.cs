using Lucene.Net.Util;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class StoredQuoteDataTests
{
    private static byte[] Bytes(StoredQuoteData data)
    {
        var bytes = new BytesRef();
        data.WriteTo(new MemoryStream(), bytes);
        return bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray();
    }

    public static TheoryData<StoredQuoteData> Records => new()
    {
        new StoredQuoteData(0, "direct", "Tobias Lindgren", "harbour master", "said", 0.9, 3, 10, 42, "person"),
        new StoredQuoteData(11, "partial", "The Harbour Gazette", null, "reported", 0.41234567891, 0, 0, 5, "organisation"),
        new StoredQuoteData(2, "indirect", null, null, null, 0.2, 7, 120, 121),
        new StoredQuoteData(300, "direct", "Åsa Ré-Lindqvist", "ministre délégué", "a déclaré", 1.0, 200, 70_000, 90_000, "person"),
        new StoredQuoteData(1, "partial", null, "spokesman", ":", 0, 1, 5, 5),
        new StoredQuoteData(4, "direct", "Tobias Lindgren", null, "said", 0.7, 2, 3, 40, "person", "text kept: not its paragraph’s"),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_comes_back_the_same(StoredQuoteData data) => Assert.Equal(data, StoredQuoteData.Read(Bytes(data)));

    [Fact]
    public void A_typical_record_spends_at_most_16_bytes_beside_its_written_strings()
    {
        var data = new StoredQuoteData(12, "direct", "Tobias Lindgren", "harbour master", "said", 0.93, 14, 230, 410, "person");
        var strings = new[] { data.Speaker!, data.Role!, data.Cue! }.Sum(s => 1 + System.Text.Encoding.UTF8.GetByteCount(s));
        Assert.InRange(Bytes(data).Length - strings, 1, 16);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 3 })]
    [InlineData(new byte[] { 0x0C, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0, 1, 2, 3, 4, 0, 0 })]
    [InlineData(new byte[] { 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x7F, 0x41 })]
    [InlineData(new byte[] { 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    public void Bytes_that_are_not_a_record_read_as_none(byte[] bytes) => Assert.Null(StoredQuoteData.Read(bytes));

    [Theory]
    [InlineData("quoted", null)]
    [InlineData("direct", "place")]
    public void A_kind_or_speaker_type_without_a_stored_form_is_refused(string kind, string? speakerType) =>
        Assert.Throws<ArgumentException>(() => Bytes(new StoredQuoteData(0, kind, null, null, null, 0.5, 0, 0, 1, speakerType)));
}
