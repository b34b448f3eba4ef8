using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Counts every indexed speaker id from doc values (no Facet module in this Lucene.Net): quotes per written name,
/// the first and last day from the in-memory published days, and the speaker type from one stored record per id.
/// </summary>
internal static class SpeakerCounts
{
    private sealed class Tally
    {
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);
        public int Quotes;
        public bool? IsOrganisation;
        public int FirstDay = int.MaxValue;
        public int LastDay;
        public GenderTally Genders;
    }

    // Per segment and its number of deletions: after a commit only new or changed segments are counted again. Counting
    // every quote on each commit held the directory's lock long enough to stall searches during an API ingest.
    private static readonly ConditionalWeakTable<object, SegmentTallies> BySegment = new();

    private sealed record SegmentTallies(int Deleted, Dictionary<string, Tally> Tallies);

    public static List<WrittenSpeakerCount> Read(IndexReader reader)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var key = segment.CoreCacheKey;
            if (!BySegment.TryGetValue(key, out var counted) || counted.Deleted != segment.NumDeletedDocs)
            {
                counted = new SegmentTallies(segment.NumDeletedDocs, Count(segment));
                BySegment.AddOrUpdate(key, counted);
            }
            foreach (var (id, part) in counted.Tallies) Add(tallies, id, part);
        }
        return tallies.Select(t => new WrittenSpeakerCount(t.Key, t.Value.Names, t.Value.Quotes, t.Value.IsOrganisation == true,
            t.Value.LastDay == 0 ? 0 : t.Value.FirstDay, t.Value.LastDay) { Gender = t.Value.Genders.Result }).ToList();
    }

    private static void Add(Dictionary<string, Tally> tallies, string id, Tally part)
    {
        if (!tallies.TryGetValue(id, out var tally)) tallies[id] = tally = new Tally();
        tally.Quotes += part.Quotes;
        tally.IsOrganisation ??= part.IsOrganisation;
        tally.FirstDay = Math.Min(tally.FirstDay, part.FirstDay);
        tally.LastDay = Math.Max(tally.LastDay, part.LastDay);
        tally.Genders.Add(part.Genders);
        foreach (var (name, count) in part.Names) tally.Names[name] = tally.Names.GetValueOrDefault(name) + count;
    }

    private static Dictionary<string, Tally> Count(AtomicReader segment)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        var ids = segment.GetSortedDocValues(IndexFields.SpeakerId);
        var names = segment.GetSortedDocValues(IndexFields.SpeakerName);
        if (ids is null || names is null) return tallies;
        var days = PublishedDayKeys.Of(segment);
        var genders = segment.GetNumericDocValues(IndexFields.SpeakerGender);
        var byOrd = new Tally?[ids.ValueCount];
        var nameCounts = new Dictionary<(int Id, int Name), int>();
        var live = segment.LiveDocs;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var ord = ids.GetOrd(doc);
            if (ord < 0) continue;
            var tally = byOrd[ord] ??= TallyOf(tallies, ids, ord, scratch);
            tally.Quotes++;
            if (genders is not null) tally.Genders.Add(SpeakerGenders.Of(genders.Get(doc)));
            tally.IsOrganisation ??= StoredQuoteFields.Read(segment, doc).Data?.SpeakerType == "organisation";
            if (days[doc] > 0)
            {
                tally.FirstDay = Math.Min(tally.FirstDay, days[doc]);
                tally.LastDay = Math.Max(tally.LastDay, days[doc]);
            }
            var key = (ord, names.GetOrd(doc));
            nameCounts[key] = nameCounts.GetValueOrDefault(key) + 1;
        }
        foreach (var ((idOrd, nameOrd), count) in nameCounts)
        {
            names.LookupOrd(nameOrd, scratch);
            var name = scratch.Utf8ToString();
            var tally = byOrd[idOrd]!;
            tally.Names[name] = tally.Names.GetValueOrDefault(name) + count;
        }
        return tallies;
    }

    private static Tally TallyOf(Dictionary<string, Tally> tallies, SortedDocValues ids, int ord, BytesRef scratch)
    {
        ids.LookupOrd(ord, scratch);
        var id = scratch.Utf8ToString();
        if (!tallies.TryGetValue(id, out var tally)) tallies[id] = tally = new Tally();
        return tally;
    }
}
