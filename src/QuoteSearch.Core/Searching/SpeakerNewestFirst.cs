using Lucene.Net.Search;
using Lucene.Net.Util;
using JInt32 = J2N.Numerics.Int32;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// "Everything X said", newest first, without scoring or sorting: each segment's run of X's quotes is already in date
/// order (<see cref="SpeakerTimelines"/>), so a page is a merge of the runs' heads, started after the cursor by binary
/// search, and the counts are run lengths. Hits, total, undated count and cursors are those of the date-sorted search
/// (day descending, then document number; a cursor's hit and those before it are skipped, and still counted).
/// </summary>
internal static class SpeakerNewestFirst
{
    /// <summary>One speaker id's quotes in one segment: positions [Start, End) of the timeline.</summary>
    private sealed class Run(SpeakerTimelines timeline, int docBase, IBits? live, int start, int end)
    {
        public int At = start;
        public int End = end;
        public bool HasDeletions => live is not null;
        public int Doc => timeline.Docs[At];
        public int Day => timeline.Days[Doc];
        public int GlobalDoc => docBase + Doc;
        public bool IsLive => live is null || live.Get(Doc);
        public int DayAt(int position) => timeline.Days[timeline.Docs[position]];
        public bool LiveAt(int position) => live is null || live.Get(timeline.Docs[position]);
        public int DocBase => docBase;
        public int DocAt(int position) => timeline.Docs[position];
    }

    /// <summary>
    /// The first <paramref name="limit"/> quotes of any of <paramref name="speakerIds"/> published within
    /// <paramref name="from"/>–<paramref name="to"/> (yyyyMMdd, inclusive; null for no bound) after <paramref name="after"/>,
    /// the number in range and the number undated (day 0, range or not).
    /// </summary>
    public static (TopDocs Top, int Undated) Search(
        IndexSearcher searcher, IReadOnlyCollection<string> speakerIds, FieldDoc? after, int limit, int? from, int? to)
    {
        var runs = new List<Run>();
        int total = 0, undated = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var timeline = SpeakerTimelines.Of(segment);
            foreach (var id in speakerIds)
            {
                var range = timeline.RunOf(id);
                var (start, end) = (range.Start.Value, range.End.Value);
                if (start == end) continue;
                var run = new Run(timeline, leaf.DocBase, segment.LiveDocs, start, end);
                undated += Live(run, First(run, start, end, day => day <= 0), First(run, start, end, day => day < 0));
                // Days descend along a run, so the range is one stretch of it: no start means from day 1.
                var first = to is { } last ? First(run, start, end, day => day <= last) : start;
                var stop = from is not null || to is not null ? First(run, first, end, day => day < (from ?? 1)) : end;
                total += Live(run, first, stop);
                run.At = after is null ? first : Math.Max(first, AfterCursor(run, start, end, after));
                run.End = stop;
                runs.Add(run);
            }
        }
        var hits = Merge(runs, limit);
        return (new TopDocs(total, hits, float.NaN), undated);
    }

    private static FieldDoc[] Merge(List<Run> runs, int limit)
    {
        var hits = new List<FieldDoc>(limit);
        while (hits.Count < limit)
        {
            Run? next = null;
            foreach (var run in runs)
            {
                while (run.At < run.End && !run.IsLive) run.At++;
                if (run.At == run.End) continue;
                if (next is null || run.Day > next.Day || (run.Day == next.Day && run.GlobalDoc < next.GlobalDoc)) next = run;
            }
            if (next is null) break;
            hits.Add(new FieldDoc(next.GlobalDoc, float.NaN, [JInt32.GetInstance(next.Day)]));
            next.At++;
        }
        return [.. hits];
    }

    /// <summary>The first position in [start, end) whose day satisfies <paramref name="past"/>, which holds from some point on.</summary>
    private static int First(Run run, int start, int end, Func<int, bool> past)
    {
        var (lo, hi) = (start, end);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (past(run.DayAt(mid))) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The first position after the cursor's hit: an older day, or the same day and a later document.</summary>
    private static int AfterCursor(Run run, int start, int end, FieldDoc after)
    {
        var day = ((JInt32)after.Fields[0]).ToInt32();
        var (lo, hi) = (start, end);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var d = run.DayAt(mid);
            if (d < day || (d == day && run.DocBase + run.DocAt(mid) > after.Doc)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static int Live(Run run, int start, int end)
    {
        if (!run.HasDeletions) return end - start;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (run.LiveAt(i)) count++;
        }
        return count;
    }
}
