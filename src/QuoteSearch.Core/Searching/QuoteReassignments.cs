using Lucene.Net.Search;
using QuoteSearch.Core.Identity.Corrections;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Applies the editors' reassignments of single quotes to the speakers of one index version: the quote leaves the
/// count and filter of the speaker its article named (if any) and joins those of the speaker it was given to. The
/// last reassignment of a quote wins; one whose quote or speaker the index no longer holds waits until they are back.
/// </summary>
internal static class QuoteReassignments
{
    public static (List<SpeakerSummary> All, Dictionary<string, SpeakerSummary> ByQuote) Apply(
        IndexSearcher searcher, List<SpeakerSummary> all, IReadOnlyDictionary<string, SpeakerSummary> byId,
            IReadOnlyList<SpeakerCorrection> active)
    {
        var moves = active.Where(c => c.Kind == SpeakerCorrection.Reassign && c.Quote is not null && c.Into is not null)
            .GroupBy(c => c.Quote!).Select(g => g.Last()).ToList();
        if (moves.Count == 0) return (all, []);
        var gained = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lost = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byQuote = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var move in moves)
        {
            if (!byId.TryGetValue(move.Into!, out var target) || WrittenSpeakerOf(searcher, move.Quote!) is not { } written) continue;
            var source = written.Length == 0 ? null : byId.GetValueOrDefault(written);
            if (source?.Id == target.Id) continue;
            Add(gained, target.Id, move.Quote!);
            if (source is not null) Add(lost, source.Id, move.Quote!);
            byQuote[move.Quote!] = target.Id;
        }
        var updated = all.Select(s => Moved(s, gained.GetValueOrDefault(s.Id) ?? [], lost.GetValueOrDefault(s.Id) ?? []))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var byNewId = updated.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return (updated, byQuote.ToDictionary(q => q.Key, q => byNewId[q.Value], StringComparer.Ordinal));
    }

    /// <summary>The indexed speaker id of a quote ("" when it has no speaker), or null when the index has no such quote.</summary>
    public static string? WrittenSpeakerOf(IndexSearcher searcher, string quoteId)
    {
        var top = searcher.Search(new ConstantScoreQuery(new QuoteIdsFilter([quoteId])), 1);
        return top.ScoreDocs.Length == 0 ? null : StoredQuoteFields.Read(searcher.IndexReader, top.ScoreDocs[0].Doc).Data?.SpeakerId ?? "";
    }

    private static SpeakerSummary Moved(SpeakerSummary speaker, List<string> gained, List<string> lost) =>
        gained.Count == 0 && lost.Count == 0 ? speaker
            : speaker with { Quotes = speaker.Quotes + gained.Count - lost.Count, QuotesIn = gained, QuotesOut = lost };

    private static void Add(Dictionary<string, List<string>> lists, string key, string quote)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(quote);
    }
}
