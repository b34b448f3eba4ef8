using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Each segment's published days (yyyyMMdd, 0 when unknown, -1 without a value) as one array in memory, read
/// once per segment from its doc values. Sorting by date reads a day for every matching document; read from the
/// doc-values file, each of those was a seek and often a file read (the largest part of "everything X said"
/// under perf), while an array read is a memory load. 4 bytes a document; a segment never changes, so the array
/// lives as long as the segment is open. Every searcher the index opens is warmed with them.
/// </summary>
internal static class PublishedDayKeys
{
    public const int Missing = -1;

    private static readonly ConditionalWeakTable<object, int[]> BySegment = new();

    public static int[] Of(AtomicReader segment) => BySegment.GetValue(segment.CoreCacheKey, _ => Load(segment));

    /// <summary>Loads the arrays of every segment of a new searcher, so no search finds one cold.</summary>
    public static void Warm(IndexSearcher searcher)
    {
        foreach (var leaf in searcher.IndexReader.Leaves) Of(leaf.AtomicReader);
    }

    private static int[] Load(AtomicReader segment)
    {
        var days = new int[segment.MaxDoc];
        var values = segment.GetSortedDocValues(IndexFields.PublishedDay);
        if (values is null)
        {
            Array.Fill(days, Missing);
            return days;
        }
        var dayOfOrd = new int[values.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < dayOfOrd.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            dayOfOrd[ord] = PublishedDays.TryParse(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length), out var day) ? day : Missing;
        }
        for (var doc = 0; doc < days.Length; doc++)
        {
            var ord = values.GetOrd(doc);
            days[doc] = ord < 0 ? Missing : dayOfOrd[ord];
        }
        return days;
    }
}
