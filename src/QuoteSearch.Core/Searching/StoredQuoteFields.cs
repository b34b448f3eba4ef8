using Lucene.Net.Index;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Reads a quote document's stored fields: its article id and <see cref="StoredQuoteData"/> record. Both are null for
/// a document that is not a quote (an article).
/// </summary>
internal sealed class StoredQuoteFields : StoredFieldVisitor
{
    public string? ArticleId { get; private set; }

    public StoredQuoteData? Data { get; private set; }

    /// <summary>The fields of document <paramref name="doc"/> (an id of <paramref name="reader"/>).</summary>
    public static StoredQuoteFields Read(IndexReader reader, int doc)
    {
        var fields = new StoredQuoteFields();
        reader.Document(doc, fields);
        return fields;
    }

    public override Status NeedsField(FieldInfo fieldInfo) =>
        fieldInfo.Name is IndexFields.ArticleId or IndexFields.QuoteData ? Status.YES
        // An article's paragraphs come after every field a quote has: nothing more to read.
        : fieldInfo.Name == IndexFields.Paragraphs ? Status.STOP
        : Status.NO;

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        if (fieldInfo.Name == IndexFields.ArticleId) ArticleId = value;
    }

    public override void BinaryField(FieldInfo fieldInfo, byte[] value)
    {
        if (fieldInfo.Name == IndexFields.QuoteData) Data = StoredQuoteData.Read(value);
    }
}
