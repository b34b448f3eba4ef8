using Lucene.Net.Documents;
using Lucene.Net.Util;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class StoredQuoteDataTests
{
    private static StoredQuoteData? RoundTrip(StoredQuoteData data)
    {
        var bytes = new BytesRef();
        data.WriteTo(new MemoryStream(), bytes);
        var copy = new byte[bytes.Length];
        Array.Copy(bytes.Bytes, bytes.Offset, copy, 0, bytes.Length);
        return StoredQuoteData.Of(new Document { new StoredField(IndexFields.QuoteData, copy) });
    }

    [Fact]
    public void A_record_with_every_field_comes_back_the_same()
    {
        var data = new StoredQuoteData("kyiv-1#0", "direct", "Volodymyr Zelensky", "Ukrainian President", "said", 0.9,
            3, 10, 42, "we will not let the talks fail", "“We will not let the talks fail,” said Volodymyr Zelensky.",
            "Kyiv holds firm", "https://a.example/kyiv-1", "2026-01-10", "a.example");
        Assert.Equal(data, RoundTrip(data));
    }

    [Fact]
    public void Missing_speaker_role_cue_and_article_details_come_back_missing()
    {
        var data = new StoredQuoteData(
            "x#2", "partial", null, null, null, 0.2, 0, 0, 5, "ré sumé", "Ré sumé “quoted” here", null, null, null, null);
        Assert.Equal(data, RoundTrip(data));
    }

    [Fact]
    public void A_document_without_a_record_has_none() =>
        Assert.Null(StoredQuoteData.Of(new Document { new StoredField(IndexFields.Title, "an article") }));
}
