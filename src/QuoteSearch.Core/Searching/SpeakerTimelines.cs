using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Each segment's quotes grouped by indexed speaker id and, within a speaker, newest first (day descending, then
/// document number): "everything X said" reads the first hits of X's run instead of scoring and sorting every quote
/// of X. Built once per segment from the speaker doc values and the in-memory days (4 bytes a quote with a speaker,
/// plus one offset and one id-to-ordinal entry per speaker id); a segment never changes, so a run stays valid as long
/// as the segment is open.
/// </summary>
internal sealed class SpeakerTimelines
{
    private static readonly ConditionalWeakTable<object, Lazy<SpeakerTimelines>> BySegment = new();

    private readonly int[] docs;
    private readonly int[] starts;
    private readonly Dictionary<string, int> ordinals;

    private SpeakerTimelines(int[] docs, int[] starts, Dictionary<string, int> ordinals) =>
        (this.docs, this.starts, this.ordinals) = (docs, starts, ordinals);

    /// <summary>The segment's days (yyyyMMdd, 0 undated, -1 none), as <see cref="PublishedDayKeys"/> holds them.</summary>
    public required int[] Days { get; init; }

    public static SpeakerTimelines Of(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new Lazy<SpeakerTimelines>(() => Build(segment))).Value;

    /// <summary>
    /// The segment's quotes by this indexed speaker id, newest first, as positions in <see cref="Docs"/>
    /// (deleted documents included: the caller checks live documents). Empty when the segment has no such speaker.
    /// </summary>
    public Range RunOf(string speakerId) =>
        ordinals.TryGetValue(speakerId, out var ord) ? new Range(starts[ord], starts[ord + 1]) : default;

    /// <summary>Document numbers, grouped by speaker and newest first within each group.</summary>
    public ReadOnlySpan<int> Docs => docs;

    private static SpeakerTimelines Build(AtomicReader segment)
    {
        var days = PublishedDayKeys.Of(segment);
        var ids = segment.GetSortedDocValues(IndexFields.SpeakerId);
        if (ids is null) return new SpeakerTimelines([], [0], []) { Days = days };
        var ords = new int[segment.MaxDoc];
        var starts = new int[ids.ValueCount + 1];
        for (var doc = 0; doc < ords.Length; doc++)
        {
            ords[doc] = ids.GetOrd(doc);
            if (ords[doc] >= 0) starts[ords[doc] + 1]++;
        }
        for (var ord = 0; ord < ids.ValueCount; ord++) starts[ord + 1] += starts[ord];
        var docs = new int[starts[^1]];
        var fill = (int[])starts.Clone();
        for (var doc = 0; doc < ords.Length; doc++)
        {
            if (ords[doc] >= 0) docs[fill[ords[doc]]++] = doc;
        }
        // Within a speaker: newest day first, then document number, the order of the date sort.
        for (var ord = 0; ord < ids.ValueCount; ord++)
        {
            docs.AsSpan(starts[ord], starts[ord + 1] - starts[ord])
                .Sort((a, b) => days[a] != days[b] ? days[b].CompareTo(days[a]) : a.CompareTo(b));
        }
        return new SpeakerTimelines(docs, starts, Ordinals(ids)) { Days = days };
    }

    /// <summary>
    /// Each speaker id's ordinal, read once: looking an id up in the doc values searched their compressed terms
    /// on disk at every request.
    /// </summary>
    private static Dictionary<string, int> Ordinals(SortedDocValues ids)
    {
        var ordinals = new Dictionary<string, int>(ids.ValueCount, StringComparer.Ordinal);
        var terms = ids.GetTermsEnum();
        for (var ord = 0; terms.MoveNext(); ord++) ordinals[terms.Term.Utf8ToString()] = ord;
        return ordinals;
    }
}
