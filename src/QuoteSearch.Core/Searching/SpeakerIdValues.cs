using Lucene.Net.Index;
using Lucene.Net.Util;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// A quote's written speaker id, read from the <see cref="IndexFields.SpeakerId"/> doc values (the id is not stored
/// a second time). Null for a quote without a speaker.
/// </summary>
internal static class SpeakerIdValues
{
    public static string? Of(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetSortedDocValues(IndexFields.SpeakerId);
        var ord = values?.GetOrd(doc - leaf.DocBase) ?? -1;
        if (ord < 0) return null;
        var scratch = new BytesRef();
        values!.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }
}
